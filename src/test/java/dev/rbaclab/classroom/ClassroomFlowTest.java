package dev.rbaclab.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.LabExtension;
import dev.rbaclab.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workshop over HTTP as it is used: the instructor creates it, two learners join, one passes a step and the other
 * fails its check; the live stream reports both; the exports say the same; resetting a step, graded mode's hidden
 * solutions and revealing one work.
 */
class ClassroomFlowTest {

    @RegisterExtension
    static LabExtension lab = LabExtension.withFixtureLessons();

    private static String create(WebClient admin, String form) {
        WebClient.Response created = admin.postFormWithCsrf("/instructor/workshops", form);
        assertThat(created.code()).as(created.body()).isEqualTo(303);
        return created.header("Location").substring("/instructor/workshops/".length());
    }

    private static String learnerId(WebClient admin, String code, String name) {
        Matcher matcher = Pattern.compile("/learners/([a-z0-9]+)\">" + name + "<")
                .matcher(admin.get("/instructor/workshops/" + code).body());
        assertThat(matcher.find()).as(name + " on the roster").isTrue();
        return matcher.group(1);
    }

    private static JsonNode check(WebClient learner, String step) {
        WebClient.Response response = learner.postJson("/api/lessons/player-basics/steps/" + step + "/check", "{}");
        assertThat(response.code()).isEqualTo(200);
        return null;
    }

    @Test
    void aPracticeWorkshopFromCreationToGrades() throws Exception {
        WebClient admin = new WebClient(lab.get().webUrl()).signInInstructor("admin", "test-admin-password");
        String code = create(admin, "title=Flow&lessons=player-basics&mode=practice");
        try (SseListener live = new SseListener(lab.get().webUrl() + "/instructor/workshops/" + code + "/events",
                admin.cookieHeader())) {
            assertThat(live.next("ready", 10_000)).isNotNull();
            RosterRows roster = new RosterRows(live);

            WebClient ann = new WebClient(lab.get().webUrl());
            WebClient ben = new WebClient(lab.get().webUrl());
            assertThat(ann.join(code.toLowerCase(), "Ann").code()).isEqualTo(303);
            assertThat(ben.join(code, "Ben").code()).isEqualTo(303);
            assertThat(ann.get("/chapter").body()).contains("Flow").contains("Player basics");

            ann.run("kubectl create serviceaccount foo");
            check(ann, "create-sa");
            check(ben, "create-sa");
            check(ben, "create-sa");

            String annId = learnerId(admin, code, "Ann");
            String benId = learnerId(admin, code, "Ben");
            JsonNode annRow = roster.await(annId, row -> first(row, "status").equals("passed"));
            assertThat(annRow.path("total").asInt()).isEqualTo(10);
            JsonNode benRow = roster.await(benId, row -> first(row, "attempts").equals("2"));
            assertThat(first(benRow, "status")).isEqualTo("started");

            // the dashboard and the learner view say why Ben fails
            String dashboard = admin.get("/instructor/workshops/" + code).body();
            assertThat(dashboard).contains("ServiceAccount foo exists (1)");
            String benView = admin.get("/instructor/workshops/" + code + "/learners/" + benId).body();
            assertThat(benView).contains("There is no ServiceAccount named foo in the default namespace yet.");

            // exports
            String csv = admin.get("/instructor/workshops/" + code + "/grades.csv").body();
            String[] lines = csv.split("\r\n");
            assertThat(lines[0]).isEqualTo("name,0.1 #1 create-sa,0.1 #2 question,total,max,last_activity");
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Ann,10,0,10,15,"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Ben,0,0,0,15,"));
            JsonNode json = Json.parse(admin.get("/instructor/workshops/" + code + "/grades.json").body());
            JsonNode benGrades = learner(json, "Ben");
            JsonNode benCheck = benGrades.path("steps").get(0).path("checks").get(0);
            assertThat(benCheck.path("status").asText()).isEqualTo("failed");
            assertThat(benCheck.path("message").asText()).startsWith("There is no ServiceAccount named foo");
            assertThat(learner(json, "Ann").path("steps").get(0).path("checks").get(0).path("status").asText())
                    .isEqualTo("passed");
            String xml = admin.get("/instructor/workshops/" + code + "/grades.xml").body();
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            var suites = document.getElementsByTagName("testsuite");
            assertThat(suites.getLength()).isEqualTo(2);
            for (int i = 0; i < suites.getLength(); i++) {
                var suite = (org.w3c.dom.Element) suites.item(i);
                String name = suite.getAttribute("name");
                assertThat(suite.getAttribute("tests")).isEqualTo("2");
                assertThat(suite.getAttribute("failures")).isEqualTo(name.equals("Ann") ? "0" : "1");
                assertThat(suite.getAttribute("skipped")).isEqualTo(name.equals("Ann") ? "1" : "1");
            }
            assertThat(xml).contains("classname=\"player-basics.create-sa\"", "name=\"sa-foo: ServiceAccount foo exists\"");

            // the instructor resets Ben's step: his attempts start over
            assertThat(admin.postFormWithCsrf("/instructor/workshops/" + code + "/learners/" + benId + "/reset-step",
                    "lesson=player-basics&step=create-sa").code()).isEqualTo(303);
            JsonNode reset = roster.await(benId, row -> first(row, "attempts").equals("0"));
            assertThat(first(reset, "status")).isEqualTo("started");
        }
    }

    @Test
    void aGradedWorkshopHidesSolutionsUntilRevealedAndFreezesAtItsDeadline() {
        WebClient admin = new WebClient(lab.get().webUrl()).signInInstructor("admin", "test-admin-password");
        String code = create(admin, "title=Exam&lessons=player-basics&mode=graded");
        WebClient cy = new WebClient(lab.get().webUrl());
        assertThat(cy.join(code, "Cy").code()).isEqualTo(303);
        assertThat(cy.get("/api/lessons/player-basics/steps/create-sa/solution").code()).isEqualTo(403);
        assertThat(cy.get("/lessons/player-basics/create-sa").body()).doesNotContain("id=\"solution-step\"");
        String cyId = learnerId(admin, code, "Cy");
        assertThat(admin.postFormWithCsrf("/instructor/workshops/" + code + "/learners/" + cyId + "/reveal",
                "lesson=player-basics&step=create-sa").code()).isEqualTo(303);
        WebClient.Response solution = cy.get("/api/lessons/player-basics/steps/create-sa/solution");
        assertThat(solution.code()).isEqualTo(200);
        assertThat(solution.body()).contains("kubectl create serviceaccount foo");
        assertThat(cy.get("/api/lessons/player-basics/steps/question/solution").code()).isEqualTo(403);

        // a workshop whose deadline has passed: a correct answer no longer changes the grade
        String past = create(admin, "title=Past&lessons=player-basics&mode=graded&deadline=2020-01-01T10:00");
        WebClient dee = new WebClient(lab.get().webUrl());
        assertThat(dee.join(past, "Dee").code()).isEqualTo(303);
        dee.run("kubectl create serviceaccount foo");
        assertThat(dee.postJson("/api/lessons/player-basics/steps/create-sa/check", "{}").body())
                .contains("0 / 10");
        assertThat(dee.get("/lessons/player-basics/create-sa").body()).contains("frozen-note");
        assertThat(admin.get("/instructor/workshops/" + past + "/grades.csv").body()).contains("Dee,0,0,0,15,");
    }

    @Test
    void joiningNeedsAKnownOpenWorkshopAndAName() {
        WebClient admin = new WebClient(lab.get().webUrl()).signInInstructor("admin", "test-admin-password");
        String code = create(admin, "title=Closing&lessons=player-basics&mode=practice");
        assertThat(new WebClient(lab.get().webUrl()).join("NOPE42", "Eve").code()).isEqualTo(404);
        assertThat(new WebClient(lab.get().webUrl()).join(code, " ").code()).isEqualTo(400);
        WebClient fay = new WebClient(lab.get().webUrl());
        assertThat(fay.join(code, "Fay").code()).isEqualTo(303);
        assertThat(admin.postFormWithCsrf("/instructor/workshops/" + code + "/close", "").code()).isEqualTo(303);
        assertThat(new WebClient(lab.get().webUrl()).join(code, "Gus").code()).isEqualTo(400);
        // rejoining from the same browser resumes even when closed
        assertThat(fay.join(code, "Fay").code()).isEqualTo(303);
    }

    private static JsonNode learner(JsonNode grades, String name) {
        for (JsonNode learner : grades.path("learners")) {
            if (learner.path("name").asText().equals(name)) {
                return learner;
            }
        }
        throw new AssertionError("no learner " + name + " in " + grades);
    }

    private static String first(JsonNode row, String field) {
        return row.path("cells").get(0).path(field).asText();
    }
}
