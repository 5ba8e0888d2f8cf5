package dev.rbaclab.isolation;

import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.TestLab;
import dev.rbaclab.testing.WebClient;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Random;

/**
 * The attacker's browser against the victim's sandbox on the web port: every route that takes a sandbox id (and
 * the request ids of the "why" panel) with the attacker's cookie, with their bearer tokens, with near-miss ids,
 * with a forged cookie, with spoofed proxy and Host headers; and forged cross-site requests riding the victim's
 * own cookie. Routes that take an id answer 404 to anyone but the owner, so that ids cannot be probed.
 */
final class WebAttacks {

    /** Routes under /api/sandboxes/{id}, as method and path after the id. */
    private static final List<String[]> SANDBOX_ROUTES = List.of(
            new String[] {"GET", "/kubeconfig"},
            new String[] {"GET", "/audit"},
            new String[] {"GET", "/users"},
            new String[] {"POST", "/users"},
            new String[] {"GET", "/access/matrix"},
            new String[] {"GET", "/access/diff"},
            new String[] {"GET", "/access/who-can?verb=get&resource=secrets"},
            new String[] {"GET", "/access/graph"},
            new String[] {"GET", "/access/risks"},
            new String[] {"DELETE", ""});

    private final TestLab lab;
    private final Tally tally;
    private final Random random;

    WebAttacks(TestLab lab, Tally tally, Random random) {
        this.lab = lab;
        this.tally = tally;
        this.random = random;
    }

    void run(Learner attacker, Learner victim) {
        controls(victim);
        sessionAgainstVictimsId(attacker, victim);
        guessedIds(attacker, victim);
        bearerTokens(attacker, victim);
        requestIds(attacker, victim);
        forgedCookie(attacker, victim);
        spoofedHeaders(attacker, victim);
        crossSiteOnTheVictimsBrowser(attacker, victim);
        instructorRoutes(attacker, victim);
    }

    /** The victim reaches their own read routes: the paths under attack are real ones. */
    private void controls(Learner victim) {
        for (String[] route : SANDBOX_ROUTES) {
            if (route[0].equals("GET")) {
                WebClient.Response own = victim.web.get("/api/sandboxes/" + victim.sandboxId + route[1]);
                tally.control("web-route " + route[1], own.code() == 200, own.code() + " " + own.body());
            }
        }
    }

    private void sessionAgainstVictimsId(Learner attacker, Learner victim) {
        for (String[] route : SANDBOX_ROUTES) {
            WebClient.Response response = call(attacker.web, route, victim.sandboxId, attacker.web.csrf());
            tally.attempt("web: own cookie, victim id", route[0] + " " + route[1], response.code(), response.body(),
                    victim, 404);
        }
    }

    private void guessedIds(Learner attacker, Learner victim) {
        for (String guess : Guesses.nearMisses(victim.sandboxId, random)) {
            String[] route = SANDBOX_ROUTES.get(random.nextInt(SANDBOX_ROUTES.size()));
            WebClient.Response response = call(attacker.web, route, guess, attacker.web.csrf());
            tally.attempt("web: near-miss ids", route[0] + " " + guess + route[1], response.code(), response.body(),
                    victim, 404);
        }
    }

    /** The sandbox API also takes the admin token as a bearer; the attacker's tokens are not the victim's. */
    private void bearerTokens(Learner attacker, Learner victim) {
        WebClient script = new WebClient(lab.webUrl());
        List<Learner.Credential> credentials = new java.util.ArrayList<>(attacker.apiCredentials());
        credentials.add(new Learner.Credential("near-miss of the victim's admin token",
                Guesses.nearMissToken(victim.adminToken, random)));
        for (Learner.Credential credential : credentials) {
            for (String[] route : SANDBOX_ROUTES) {
                WebClient.Response response = script.send(request(route, victim.sandboxId)
                        .header("Authorization", "Bearer " + credential.token()));
                tally.attempt("web: bearer tokens", credential.kind() + " " + route[0] + " " + route[1], response.code(),
                        response.body(), victim, 404);
            }
        }
    }

    private void requestIds(Learner attacker, Learner victim) {
        for (long id : victim.requestIds) {
            WebClient.Response response = attacker.web.get("/api/requests/" + id);
            tally.attempt("web: victim's request ids", "/api/requests/" + id, response.code(), response.body(), victim, 404);
        }
        // the ids are sequential: the neighbours are somebody's, and only ever the attacker's own may show
        long last = victim.requestIds.get(victim.requestIds.size() - 1);
        for (long id = last + 1; id <= last + 5; id++) {
            WebClient.Response response = attacker.web.get("/api/requests/" + id);
            tally.attempt("web: sequential request ids", "/api/requests/" + id, response.code(), response.body(), victim,
                    200, 404);
        }
    }

    /** The cookie is {@code <learner id>.<secret>}: the victim's id with the attacker's secret proves nothing. */
    private void forgedCookie(Learner attacker, Learner victim) {
        String own = attacker.web.cookieHeader();
        String secret = own.substring(own.indexOf('.') + 1);
        String forged = "rbaclab_learner=" + victim.learnerId + "." + secret;
        WebClient stranger = new WebClient(lab.webUrl());
        for (String path : List.of("/api/console/history", "/api/cluster", "/api/requests/" + victim.requestIds.get(0))) {
            WebClient.Response response = stranger.send(HttpRequest.newBuilder(URI.create(lab.webUrl() + path))
                    .header("Cookie", forged));
            tally.attempt("web: forged cookie", path, response.code(), response.body(), victim, 401);
        }
        WebClient.Response kubeconfig = stranger.send(HttpRequest.newBuilder(URI.create(lab.webUrl() + "/api/sandboxes/"
                + victim.sandboxId + "/kubeconfig")).header("Cookie", forged));
        tally.attempt("web: forged cookie", "kubeconfig", kubeconfig.code(), kubeconfig.body(), victim, 404);
        WebClient.Response resumed = stranger.postForm("/resume", "code=" + WebClient.enc(victim.learnerId + "." + secret));
        tally.attempt("web: forged cookie", "resume with the victim's id", resumed.code(), resumed.body(), victim, 404);
    }

    private void spoofedHeaders(Learner attacker, Learner victim) {
        String[][] spoofs = {
                {"X-Forwarded-For", "127.0.0.1"},
                {"Forwarded", "for=127.0.0.1;host=localhost;proto=https"},
                {"X-Forwarded-Host", "localhost"},
                {"X-Real-IP", "127.0.0.1"},
                {"X-Original-URL", "/api/sandboxes/" + attacker.sandboxId + "/kubeconfig"}};
        for (String[] spoof : spoofs) {
            for (String[] route : SANDBOX_ROUTES) {
                WebClient.Response response = attacker.web.send(request(route, victim.sandboxId)
                        .header("X-CSRF-Token", attacker.web.csrf()).header(spoof[0], spoof[1]));
                tally.attempt("web: spoofed headers", spoof[0] + " " + route[0] + " " + route[1], response.code(),
                        response.body(), victim, 404);
            }
        }
        // java.net.http will not send another Host: the request is written by hand
        for (String host : List.of("localhost", "127.0.0.1:" + lab.apiPort(), victim.sandboxId + ".localhost")) {
            RawHttp.Response response = RawHttp.send(null, lab.webPort(), "GET",
                    "/api/sandboxes/" + victim.sandboxId + "/kubeconfig", null, "Host: " + host,
                    "Cookie: " + attacker.web.cookieHeader(), "X-Forwarded-For: 127.0.0.1");
            tally.attempt("web: spoofed headers", "Host: " + host, response.code(), response.text(), victim, 404);
        }
    }

    /**
     * A page on another site makes the victim's browser send state-changing requests with the victim's cookie: without
     * the CSRF token, with the attacker's own token, or cross-origin with a token. All are refused with 403.
     */
    private void crossSiteOnTheVictimsBrowser(Learner attacker, Learner victim) {
        String command = Json.write(Json.object().put("input", "kubectl delete namespace " + victim.namespace));
        String base = lab.webUrl();
        List<HttpRequest.Builder> forgeries = List.of(
                json(base + "/api/console", command),
                json(base + "/api/console", command).header("X-CSRF-Token", attacker.web.csrf()),
                json(base + "/api/console", command).header("X-CSRF-Token", victim.web.csrf()).header("Origin", "https://evil.example"),
                json(base + "/api/console", command).header("X-CSRF-Token", victim.web.csrf()).header("Sec-Fetch-Site", "cross-site"),
                json(base + "/api/console/files", "{\"name\":\"planted.yaml\",\"content\":\"x\"}"),
                json(base + "/api/sandboxes/" + victim.sandboxId + "/users", "{\"name\":\"mallory\"}"),
                json(base + "/api/sandboxes/" + victim.sandboxId + "/users", "{\"name\":\"mallory\"}")
                        .header("X-CSRF-Token", attacker.web.csrf()),
                HttpRequest.newBuilder(URI.create(base + "/api/sandboxes/" + victim.sandboxId)).DELETE(),
                HttpRequest.newBuilder(URI.create(base + "/api/sandboxes/" + victim.sandboxId)).DELETE()
                        .header("X-CSRF-Token", victim.web.csrf()).header("Origin", "https://evil.example"),
                form(base + "/reset", ""),
                form(base + "/reset", "_csrf=" + attacker.web.csrf()),
                form(base + "/reset", "_csrf=" + victim.web.csrf()).header("Origin", "null").header("Sec-Fetch-Site", "cross-site"),
                form(base + "/api/lessons/player-basics/steps/create-sa/reset", ""),
                form(base + "/api/lessons/player-basics/steps/create-sa/skip", ""));
        for (HttpRequest.Builder forgery : forgeries) {
            HttpRequest built = forgery.copy().build();
            WebClient.Response response = victim.web.send(forgery);
            tally.attempt("web: cross-site / no CSRF", built.method() + " " + built.uri().getPath() + " " + built.headers().map().keySet(),
                    response.code(), response.body(), victim, 403);
        }
    }

    /** The instructor's "reset sandbox" and learner pages, tried by a learner on the victim's learner id. */
    private void instructorRoutes(Learner attacker, Learner victim) {
        String code = victim.workshopCode != null ? victim.workshopCode : attacker.workshopCode;
        if (code == null) {
            return;
        }
        String learner = "/instructor/workshops/" + code + "/learners/" + victim.learnerId;
        for (String action : List.of("/reset-sandbox", "/reset-step", "/reveal")) {
            WebClient.Response response = attacker.web.send(form(lab.webUrl() + learner + action,
                    "lesson=player-basics&step=create-sa&_csrf=" + attacker.web.csrf()).header("X-CSRF-Token", attacker.web.csrf()));
            tally.attempt("web: instructor routes", "POST " + action, response.code(), response.body(), victim, 401, 403);
        }
        WebClient.Response page = attacker.web.get(learner);
        tally.attempt("web: instructor routes", "GET learner page", page.code(), page.body(), victim, 302);
    }

    private WebClient.Response call(WebClient client, String[] route, String sandboxId, String csrf) {
        return client.send(request(route, sandboxId).header("X-CSRF-Token", csrf));
    }

    private HttpRequest.Builder request(String[] route, String sandboxId) {
        URI uri = URI.create(lab.webUrl() + "/api/sandboxes/" + sandboxId + route[1]);
        return switch (route[0]) {
            case "GET" -> HttpRequest.newBuilder(uri).GET();
            case "DELETE" -> HttpRequest.newBuilder(uri).DELETE();
            default -> HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"mallory\",\"groups\":[\"devs\"]}"));
        };
    }

    private static HttpRequest.Builder json(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
