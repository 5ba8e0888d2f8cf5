package dev.rbaclab.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client for the web UI: it keeps cookies, reads the CSRF token from a page and sends it with
 * state-changing requests, as the lab's JavaScript does. Each instance is one learner.
 */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]*)\"");

    private final String base;
    private final HttpClient client;
    private final CookieManager cookies;
    private String csrf = "";

    public WebClient(String base) {
        this(base, new CookieManager());
    }

    private WebClient(String base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The same browser (cookies) talking to a lab at another address, e.g. after a restart on a new port. */
    public WebClient rebase(String otherBase) {
        return new WebClient(otherBase, cookies);
    }

    /** "Start self-study", then reads the CSRF token from the chapter page. */
    public WebClient start() {
        Response started = postForm("/start", "");
        if (started.code() != 303) {
            throw new IllegalStateException("start answered " + started.code() + ": " + started.body());
        }
        refreshCsrf();
        return this;
    }

    /** Signs in as an instructor and reads the instructor CSRF token from the workshops page. */
    public WebClient signInInstructor(String username, String password) {
        Response signedIn = postForm("/instructor/login", "username=" + enc(username) + "&password=" + enc(password));
        if (signedIn.code() != 303) {
            throw new IllegalStateException("sign-in answered " + signedIn.code());
        }
        Matcher matcher = CSRF.matcher(get("/instructor").body());
        csrf = matcher.find() ? matcher.group(1) : "";
        return this;
    }

    /** Joins a workshop as a learner (registering on first contact) and reads the learner CSRF token. */
    public Response join(String code, String name) {
        Response joined = postForm("/join", "code=" + enc(code) + "&name=" + enc(name) + "&_csrf=" + csrf);
        if (joined.code() == 303) {
            refreshCsrf();
        }
        return joined;
    }

    /** A form post carrying this client's CSRF token. */
    public Response postFormWithCsrf(String path, String form) {
        return postForm(path, (form.isEmpty() ? "" : form + "&") + "_csrf=" + enc(csrf));
    }

    public static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    public void refreshCsrf() {
        Matcher matcher = CSRF.matcher(get("/chapter").body());
        csrf = matcher.find() ? matcher.group(1) : "";
    }

    /** The Cookie header this browser would send (for clients that stream, like an EventSource). */
    public String cookieHeader() {
        return String.join("; ", cookies.getCookieStore().get(URI.create(base)).stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
    }

    public String baseUrl() {
        return base;
    }

    public String csrf() {
        return csrf;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A console command; the reply's JSON. */
    public JsonNode run(String command) {
        Response response = postJson("/api/console", Json.write(Json.object().put("input", command)));
        if (response.code() != 200) {
            throw new IllegalStateException("console answered " + response.code() + ": " + response.body());
        }
        return response.json();
    }

    public Response postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer of the web UI. */
    public record Response(int code, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return Json.parse(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
