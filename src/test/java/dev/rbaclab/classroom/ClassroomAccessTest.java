package dev.rbaclab.classroom;

import dev.rbaclab.testing.LabExtension;
import dev.rbaclab.testing.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deny by default: every instructor route and API, tried as an anonymous visitor, as a learner (even one in the
 * workshop) and as another instructor, is refused; learners cannot read another workshop's data by changing ids.
 */
class ClassroomAccessTest {

    @RegisterExtension
    static LabExtension lab = LabExtension.withFixtureLessons();

    static final Pattern CODE = Pattern.compile("href=\"/instructor/workshops/([A-Z0-9]+)\"");

    static WebClient admin;
    static String code;
    static String learnerId;
    static WebClient learner;

    @BeforeAll
    static void aWorkshopWithALearner() {
        admin = new WebClient(lab.get().webUrl()).signInInstructor("admin", "test-admin-password");
        WebClient.Response created = admin.postFormWithCsrf("/instructor/workshops",
                "title=Access+test&lessons=player-basics&mode=practice");
        assertThat(created.code()).isEqualTo(303);
        code = created.header("Location").substring("/instructor/workshops/".length());
        learner = new WebClient(lab.get().webUrl());
        assertThat(learner.join(code, "Lee").code()).isEqualTo(303);
        learner.run("kubectl get sa");
        Matcher matcher = Pattern.compile("/learners/([a-z0-9]+)\"").matcher(admin.get("/instructor/workshops/" + code).body());
        assertThat(matcher.find()).isTrue();
        learnerId = matcher.group(1);
    }

    /** Every instructor route, as (method, path). */
    static List<String[]> routes() {
        String w = "/instructor/workshops/" + code;
        String l = w + "/learners/" + learnerId;
        return List.of(
                new String[] {"GET", "/instructor"},
                new String[] {"POST", "/instructor/workshops"},
                new String[] {"POST", "/instructor/instructors"},
                new String[] {"POST", "/instructor/token"},
                new String[] {"GET", w},
                new String[] {"GET", w + "/events"},
                new String[] {"POST", w + "/open"},
                new String[] {"POST", w + "/close"},
                new String[] {"GET", w + "/grades.csv"},
                new String[] {"GET", w + "/grades.json"},
                new String[] {"GET", w + "/grades.xml"},
                new String[] {"GET", l},
                new String[] {"POST", l + "/reset-step"},
                new String[] {"POST", l + "/reset-sandbox"},
                new String[] {"POST", l + "/reveal"},
                new String[] {"GET", "/api/workshops/" + code + "/grades?format=csv"},
                new String[] {"GET", "/api/workshops/" + code + "/grades?format=json"});
    }

    private static WebClient.Response call(WebClient client, String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(lab.get().webUrl() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        request.header("X-CSRF-Token", client.csrf());
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("lesson=player-basics&step=create-sa&_csrf=" + client.csrf()));
        }
        return client.send(request);
    }

    private static void assertRefused(WebClient client, String who) {
        for (String[] route : routes()) {
            WebClient.Response response = call(client, route[0], route[1]);
            String what = who + " " + route[0] + " " + route[1];
            if (route[0].equals("GET") && route[1].startsWith("/instructor") && !route[1].endsWith("/events")) {
                assertThat(response.code()).as(what).isEqualTo(302);
                assertThat(response.header("Location")).as(what).isEqualTo("/instructor/login");
            } else {
                assertThat(response.code()).as(what).isIn(401, 403);
            }
            assertThat(response.body()).as(what).doesNotContain("Lee").doesNotContain(learnerId);
        }
    }

    @Test
    void anAnonymousVisitorIsRefusedEverywhere() {
        assertRefused(new WebClient(lab.get().webUrl()), "anonymous");
    }

    @Test
    void aLearnerOfTheWorkshopIsRefusedEverywhere() {
        assertRefused(learner, "learner");
    }

    @Test
    void anotherInstructorDoesNotSeeTheWorkshop() {
        assertThat(admin.postFormWithCsrf("/instructor/instructors", "username=bea&password=bea-password-1").code())
                .isEqualTo(303);
        WebClient bea = new WebClient(lab.get().webUrl()).signInInstructor("bea", "bea-password-1");
        assertThat(bea.get("/instructor").body()).doesNotContain(code);
        for (String[] route : routes()) {
            if (route[1].equals("/instructor") || route[1].startsWith("/instructor/workshops")
                    && route[1].split("/").length <= 3 || !route[1].contains(code)) {
                continue;
            }
            WebClient.Response response = call(bea, route[0], route[1]);
            assertThat(response.code()).as("bea " + route[0] + " " + route[1]).isEqualTo(404);
        }
    }

    @Test
    void aLearnerCannotUseTheApiWithTheirOwnCookieOrAGuessedToken() {
        assertThat(call(learner, "GET", "/api/workshops/" + code + "/grades", "Authorization", "Bearer rbl_guess")
                .code()).isEqualTo(401);
        assertThat(call(learner, "GET", "/api/workshops/" + code + "/grades",
                "Authorization", "Bearer " + learner.csrf()).code()).isEqualTo(401);
    }

    @Test
    void theApiTokenWorksOnlyForTheOwnersWorkshops() {
        String page = admin.postFormWithCsrf("/instructor/token", "").body();
        Matcher token = Pattern.compile("value=\"(rbl_[^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        WebClient script = new WebClient(lab.get().webUrl());
        WebClient.Response grades = call(script, "GET", "/api/workshops/" + code + "/grades?format=csv",
                "Authorization", "Bearer " + token.group(1));
        assertThat(grades.code()).isEqualTo(200);
        assertThat(grades.body()).startsWith("name,").contains("Lee,");
        assertThat(call(script, "GET", "/api/workshops/NOSUCH/grades", "Authorization", "Bearer " + token.group(1))
                .code()).isEqualTo(404);
    }

    @Test
    void instructorPostsNeedTheInstructorsCsrfToken() {
        WebClient.Response forged = admin.send(HttpRequest.newBuilder(URI.create(lab.get().webUrl()
                        + "/instructor/workshops/" + code + "/close"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")));
        assertThat(forged.code()).isEqualTo(403);
        WebClient.Response crossSite = admin.send(HttpRequest.newBuilder(URI.create(lab.get().webUrl()
                        + "/instructor/workshops/" + code + "/close"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + admin.csrf())));
        assertThat(crossSite.code()).isEqualTo(403);
    }

    @Test
    void theInstructorCookieIsHttpOnlyAndStrict() {
        WebClient client = new WebClient(lab.get().webUrl());
        WebClient.Response response = client.postForm("/instructor/login", "username=admin&password=test-admin-password");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("rbaclab_instructor=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(client.postForm("/instructor/login", "username=admin&password=wrong").code()).isEqualTo(401);
        assertThat(client.postForm("/instructor/login", "username=nobody&password=wrong").code()).isEqualTo(401);
    }
}
