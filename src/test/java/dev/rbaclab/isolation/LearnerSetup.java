package dev.rbaclab.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.TestLab;
import dev.rbaclab.testing.WebClient;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Makes a learner the way people use the lab: self-study or joining a workshop, then work in the console (a
 * namespace, a ServiceAccount, a Role and RoleBinding, a ConfigMap and a Secret, sometimes a pod), a ServiceAccount
 * token from {@code kubectl create token}, another from a TokenRequest over the API, a static user, and — with a
 * pod — the token mounted in it.
 */
final class LearnerSetup {

    private static final Pattern SANDBOX = Pattern.compile("/api/sandboxes/([a-z0-9]+)/kubeconfig");
    private static final Pattern TOKEN = Pattern.compile("token: (\\S+)");
    private static final Pattern SERVER = Pattern.compile("server: (\\S+)");
    private static final String POD_TOKEN = "/var/run/secrets/kubernetes.io/serviceaccount/token";

    private final TestLab lab;
    private final Random random;
    private final String workshopCode;

    LearnerSetup(TestLab lab, Random random, String workshopCode) {
        this.lab = lab;
        this.random = random;
        this.workshopCode = workshopCode;
    }

    Learner create(int index) {
        WebClient web = new WebClient(lab.webUrl());
        String joined = null;
        // the first learner is in a workshop without a pod, the second self-studies with one: every category gets tried
        if (index == 0 || index > 1 && random.nextInt(3) == 0) {
            assertThat(web.join(workshopCode, "Learner " + index).code()).as("join").isEqualTo(303);
            joined = workshopCode;
        } else {
            web.start();
        }
        Matcher sandbox = SANDBOX.matcher(web.get("/kubectl").body());
        assertThat(sandbox.find()).as("sandbox link on /kubectl").isTrue();
        String sandboxId = sandbox.group(1);
        String kubeconfig = web.get("/api/sandboxes/" + sandboxId + "/kubeconfig").body();
        String adminToken = first(TOKEN, kubeconfig);
        String server = first(SERVER, kubeconfig);
        String learnerId = lab.lab().sandboxes().find(sandboxId).orElseThrow().ownerId();

        String tag = tag();
        String ns = "team-" + tag;
        String sa = "bot-" + tag;
        String pod = index == 1 || index > 1 && random.nextBoolean() ? "app-" + tag : null;
        Learner learner = new Learner("L" + index, web, learnerId, sandboxId, server, adminToken, ns, sa,
                uidOf(web, ns, sa), "hidden-" + tag(), "value-" + tag(), "creds-" + tag, "pw-" + tag() + tag(),
                pod, joined);
        // the ServiceAccount was made by uidOf; now the rest of the namespace
        work(learner, "kubectl create configmap " + learner.hiddenConfigMap + " -n " + ns + " --from-literal=note=" + learner.configValue);
        work(learner, "kubectl create secret generic " + learner.secretName + " -n " + ns + " --from-literal=password=" + learner.secretValue);
        work(learner, "kubectl create role reader -n " + ns + " --verb=get,list --resource=configmaps,secrets");
        work(learner, "kubectl create rolebinding reader -n " + ns + " --role=reader --serviceaccount=" + ns + ":" + sa);
        learner.serviceAccountTokens.add(work(learner, "kubectl create token " + sa + " -n " + ns).path("stdout").asText().trim());
        learner.serviceAccountTokens.add(tokenRequest(learner));
        learner.staticTokens.add(staticUser(learner, "dev-" + tag));
        if (pod != null) {
            work(learner, "kubectl run " + pod + " -n " + ns + " --image=curlimages/curl -- sleep infinity");
            learner.serviceAccountTokens.add(work(learner, "kubectl exec " + pod + " -n " + ns + " -- cat " + POD_TOKEN)
                    .path("stdout").asText().trim());
        }
        learner.serviceAccountTokens.forEach(t -> assertThat(t).as(learner + " token").startsWith("eyJ"));
        return learner;
    }

    private String uidOf(WebClient web, String ns, String sa) {
        assertThat(Console.run(web, "kubectl create namespace " + ns).path("exitCode").asInt()).isZero();
        assertThat(Console.run(web, "kubectl create serviceaccount " + sa + " -n " + ns).path("exitCode").asInt()).isZero();
        String uid = Console.run(web, "kubectl get serviceaccount " + sa + " -n " + ns + " -o jsonpath={.metadata.uid}")
                .path("stdout").asText().trim();
        assertThat(uid).as("uid of " + sa).isNotEmpty();
        return uid;
    }

    /** A console command that must work; its audit ids join the learner's request ids. */
    private static JsonNode work(Learner learner, String command) {
        JsonNode reply = Console.run(learner.web, command);
        assertThat(reply.path("exitCode").asInt()).as(command + ": " + Console.output(reply)).isZero();
        reply.path("requests").forEach(r -> learner.requestIds.add(r.path("id").asLong()));
        return reply;
    }

    private String tokenRequest(Learner learner) {
        ApiClient api = new ApiClient(learner.server, learner.adminToken, lab.lab().config().dataDir().resolve("ca.crt"));
        ApiClient.Response response = api.post("/api/v1/namespaces/" + learner.namespace + "/serviceaccounts/"
                + learner.serviceAccount + "/token", "{\"apiVersion\":\"authentication.k8s.io/v1\",\"kind\":\"TokenRequest\","
                + "\"spec\":{\"expirationSeconds\":3600}}");
        assertThat(response.code()).as("TokenRequest: " + response.body()).isEqualTo(201);
        return response.json().path("status").path("token").asText();
    }

    private static String staticUser(Learner learner, String name) {
        WebClient.Response created = learner.web.postJson("/api/sandboxes/" + learner.sandboxId + "/users",
                Json.write(Json.object().put("name", name)));
        assertThat(created.code()).as("add user: " + created.body()).isEqualTo(201);
        return created.json().path("token").asText();
    }

    private String tag() {
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('a' + random.nextInt(26)));
        }
        return tag.toString();
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
        return matcher.group(1);
    }
}
