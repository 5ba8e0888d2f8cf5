package dev.rbaclab.cluster.flows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.InProcessApi;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chapter's core story through the whole pipeline: a pod runs as ServiceAccount foo, its token authenticates as
 * system:serviceaccount:default:foo, it may not list pods (with the exact 403 and an explanation with the fix), and
 * after the suggested Role and RoleBinding it may — with an explanation naming the binding and the rule.
 */
class ServiceAccountFlowTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    @Test
    void aPodsServiceAccountTokenIsForbiddenUntilARoleBindingAllowsIt() {
        SandboxCreated sandbox = lab.get().newSandbox();
        InProcessApi admin = new InProcessApi(lab.get(), sandbox.id(), sandbox.token());
        assertThat(admin.post("/api/v1/namespaces/default/serviceaccounts", "{\"metadata\":{\"name\":\"foo\"}}").code()).isEqualTo(201);

        InProcessApi.Answer pod = admin.post("/api/v1/namespaces/default/pods", "{\"metadata\":{\"name\":\"web\"},"
                + "\"spec\":{\"serviceAccountName\":\"foo\",\"containers\":[{\"name\":\"main\",\"image\":\"busybox\"}]}}");
        assertThat(pod.code()).isEqualTo(201);
        JsonNode spec = pod.json().path("spec");
        assertThat(spec.path("serviceAccountName").asText()).isEqualTo("foo");
        assertThat(spec.path("volumes").get(0).path("name").asText()).startsWith("kube-api-access-");
        assertThat(spec.path("containers").get(0).path("volumeMounts").get(0).path("mountPath").asText())
                .isEqualTo("/var/run/secrets/kubernetes.io/serviceaccount");
        assertThat(pod.keys()).contains("admission.sa.token_mounted", "controllers.kubelet.running");
        String podUid = pod.json().path("metadata").path("uid").asText();

        // what the kubelet does for the projected volume: a token bound to the pod
        InProcessApi.Answer tokenRequest = admin.post("/api/v1/namespaces/default/serviceaccounts/foo/token",
                "{\"spec\":{\"boundObjectRef\":{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"name\":\"web\",\"uid\":\"" + podUid + "\"}}}");
        assertThat(tokenRequest.code()).isEqualTo(201);
        InProcessApi foo = admin.as(tokenRequest.json().path("status").path("token").asText());

        JsonNode whoami = foo.post("/apis/authentication.k8s.io/v1/selfsubjectreviews", "{}").json().path("status").path("userInfo");
        assertThat(whoami.path("username").asText()).isEqualTo("system:serviceaccount:default:foo");
        assertThat(whoami.path("groups").findValuesAsText("")).isEmpty();
        assertThat(whoami.path("groups").toString())
                .isEqualTo("[\"system:serviceaccounts\",\"system:serviceaccounts:default\",\"system:authenticated\"]");
        assertThat(whoami.path("extra").path("authentication.kubernetes.io/pod-name").get(0).asText()).isEqualTo("web");

        InProcessApi.Answer denied = foo.get("/api/v1/namespaces/default/pods");
        assertThat(denied.code()).isEqualTo(403);
        assertThat(denied.json().path("message").asText()).isEqualTo("pods is forbidden: User "
                + "\"system:serviceaccount:default:foo\" cannot list resource \"pods\" in API group \"\" in the namespace \"default\"");
        assertThat(denied.keys()).contains("authn.sa_token_bound", "authz.rbac.binding", "authz.rbac.denied", "authz.fix.role");
        assertThat(denied.english()).contains("kubectl create role list-pods --verb=list --resource=pods -n default")
                .contains("kubectl create rolebinding list-pods-foo --role=list-pods --serviceaccount=default:foo -n default");

        admin.post("/apis/rbac.authorization.k8s.io/v1/namespaces/default/roles", "{\"metadata\":{\"name\":\"list-pods\"},"
                + "\"rules\":[{\"apiGroups\":[\"\"],\"resources\":[\"pods\"],\"verbs\":[\"list\"]}]}");
        admin.post("/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings", "{\"metadata\":{\"name\":\"list-pods-foo\"},"
                + "\"roleRef\":{\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"Role\",\"name\":\"list-pods\"},"
                + "\"subjects\":[{\"kind\":\"ServiceAccount\",\"name\":\"foo\",\"namespace\":\"default\"}]}");

        InProcessApi.Answer allowed = foo.get("/api/v1/namespaces/default/pods");
        assertThat(allowed.code()).isEqualTo(200);
        assertThat(allowed.json().path("items").findValuesAsText("name")).contains("web");
        assertThat(allowed.english()).contains("RoleBinding default/list-pods-foo binds Role \"list-pods\" to ServiceAccount \"foo/default\"")
                .contains("Rule {APIGroups:[\"\"], Resources:[\"pods\"], Verbs:[\"list\"]} matches the request.")
                .contains("RBAC: allowed by RoleBinding \"list-pods-foo/default\" of Role \"list-pods\" to ServiceAccount \"foo/default\"");
        assertThat(allowed.korean()).contains("규칙 {APIGroups:[\"\"], Resources:[\"pods\"], Verbs:[\"list\"]}: 요청과 일치합니다.");
    }

    @Test
    void deletingThePodInvalidatesItsBoundTokenAndDeletingTheSecretItsLegacyToken() {
        SandboxCreated sandbox = lab.get().newSandbox();
        InProcessApi admin = new InProcessApi(lab.get(), sandbox.id(), sandbox.token());
        admin.post("/api/v1/namespaces/default/pods", "{\"metadata\":{\"name\":\"p\"},\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"x\"}]}}");
        String bound = admin.post("/api/v1/namespaces/default/serviceaccounts/default/token",
                "{\"spec\":{\"boundObjectRef\":{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"name\":\"p\"}}}").json().path("status").path("token").asText();
        assertThat(admin.as(bound).get("/version").code()).isEqualTo(200);
        admin.send("DELETE", "/api/v1/namespaces/default/pods/p", null);
        InProcessApi.Answer afterPod = admin.as(bound).get("/version");
        assertThat(afterPod.code()).isEqualTo(401);
        assertThat(afterPod.english()).contains("service account token has been invalidated");

        admin.post("/api/v1/namespaces/default/secrets", "{\"metadata\":{\"name\":\"tok\",\"annotations\":"
                + "{\"kubernetes.io/service-account.name\":\"default\"}},\"type\":\"kubernetes.io/service-account-token\"}");
        JsonNode secret = admin.get("/api/v1/namespaces/default/secrets/tok").json();
        assertThat(secret.path("data").has("ca.crt")).isTrue();
        assertThat(secret.path("metadata").path("annotations").path("kubernetes.io/service-account.uid").asText()).hasSize(36);
        String legacy = new String(java.util.Base64.getDecoder().decode(secret.path("data").path("token").asText()));
        InProcessApi.Answer legacyWho = admin.as(legacy).post("/apis/authentication.k8s.io/v1/selfsubjectreviews", "{}");
        assertThat(legacyWho.json().path("status").path("userInfo").path("username").asText())
                .isEqualTo("system:serviceaccount:default:default");
        admin.send("DELETE", "/api/v1/namespaces/default/secrets/tok", null);
        assertThat(admin.as(legacy).get("/version").code()).isEqualTo(401);
    }

    @Test
    void aPodNamingAMissingServiceAccountIsRefusedByAdmission() {
        SandboxCreated sandbox = lab.get().newSandbox();
        InProcessApi admin = new InProcessApi(lab.get(), sandbox.id(), sandbox.token());
        InProcessApi.Answer answer = admin.post("/api/v1/namespaces/default/pods", "{\"metadata\":{\"name\":\"web\"},"
                + "\"spec\":{\"serviceAccountName\":\"robot\",\"containers\":[{\"name\":\"c\",\"image\":\"x\"}]}}");
        assertThat(answer.code()).isEqualTo(403);
        assertThat(answer.json().path("message").asText()).isEqualTo("pods \"web\" is forbidden: error looking up service "
                + "account default/robot: serviceaccount \"robot\" not found");
        assertThat(answer.keys()).contains("admission.sa.missing");
    }

    @Test
    void changingAPodsServiceAccountIsRefusedWithKubernetesWording() {
        SandboxCreated sandbox = lab.get().newSandbox();
        InProcessApi admin = new InProcessApi(lab.get(), sandbox.id(), sandbox.token());
        admin.post("/api/v1/namespaces/default/serviceaccounts", "{\"metadata\":{\"name\":\"robot\"}}");
        admin.post("/api/v1/namespaces/default/pods", "{\"metadata\":{\"name\":\"web\"},\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"x\"}]}}");
        InProcessApi.Answer answer = admin.send("PATCH", "/api/v1/namespaces/default/pods/web",
                "{\"spec\":{\"serviceAccountName\":\"robot\"}}", "Content-Type", "application/merge-patch+json");
        assertThat(answer.code()).isEqualTo(422);
        assertThat(answer.json().path("message").asText()).startsWith("Pod \"web\" is invalid: spec: Forbidden: pod updates "
                + "may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,"
                + "`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),"
                + "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)\n")
                .contains("- \tServiceAccountName: \"default\",").contains("+ \tServiceAccountName: \"robot\",");
        InProcessApi.Answer image = admin.send("PATCH", "/api/v1/namespaces/default/pods/web",
                "{\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"y\"}]}}", "Content-Type", "application/strategic-merge-patch+json");
        assertThat(image.code()).isEqualTo(200);
    }
}
