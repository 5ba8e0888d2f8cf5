package dev.rbaclab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.ChildLab;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Makes sandboxes the way learners do, through the lab's real HTTP APIs: {@code POST /api/sandboxes}, then
 * {@value #OBJECTS} objects with the sandbox's admin token — a namespace, ServiceAccounts, Roles and RoleBindings
 * granting them access, ConfigMaps — and one request as a ServiceAccount, so that the lab builds (and caches) the
 * sandbox's RBAC policy as it does for a learner who is working.
 */
final class SandboxFiller {

    static final int OBJECTS = 50;
    private static final int PER_KIND = 10;
    private static final int THREADS = 4;

    private SandboxFiller() {
    }

    /** Creates {@code count} filled sandboxes, {@value #THREADS} at a time. */
    static void fill(ChildLab lab, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                done.add(pool.submit(() -> {
                    fillOne(lab);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void fillOne(ChildLab lab) {
        JsonNode sandbox = lab.createSandbox();
        ApiClient api = new ApiClient(sandbox.path("server").asText(), sandbox.path("token").asText(), lab.caCertificate());
        int made = 0;
        made += created(api, "/api/v1/namespaces", "{\"metadata\":{\"name\":\"team\"}}");
        for (int i = 0; i < PER_KIND; i++) {
            made += created(api, "/api/v1/namespaces/team/serviceaccounts", "{\"metadata\":{\"name\":\"sa-" + i + "\"}}");
            made += created(api, "/apis/rbac.authorization.k8s.io/v1/namespaces/team/roles",
                    "{\"metadata\":{\"name\":\"reader-" + i + "\"},\"rules\":[{\"apiGroups\":[\"\"],"
                            + "\"resources\":[\"pods\",\"configmaps\"],\"verbs\":[\"get\",\"list\",\"watch\"]}]}");
            made += created(api, "/apis/rbac.authorization.k8s.io/v1/namespaces/team/rolebindings",
                    "{\"metadata\":{\"name\":\"reader-" + i + "\"},\"roleRef\":{\"apiGroup\":\"rbac.authorization.k8s.io\","
                            + "\"kind\":\"Role\",\"name\":\"reader-" + i + "\"},\"subjects\":[{\"kind\":\"ServiceAccount\","
                            + "\"name\":\"sa-" + i + "\",\"namespace\":\"team\"}]}");
        }
        for (int i = 0; made < OBJECTS; i++) {
            made += created(api, "/api/v1/namespaces/team/configmaps",
                    "{\"metadata\":{\"name\":\"settings-" + i + "\"},\"data\":{\"mode\":\"lab\",\"n\":\"" + i + "\"}}");
        }
        ApiClient.Response asServiceAccount = api.get("/api/v1/namespaces/team/configmaps",
                "Impersonate-User", "system:serviceaccount:team:sa-0");
        if (asServiceAccount.code() != 200) {
            throw new IllegalStateException("sa-0 listing configmaps answered " + asServiceAccount.code() + ": " + asServiceAccount.body());
        }
    }

    private static int created(ApiClient api, String path, String body) {
        ApiClient.Response response = api.post(path, body);
        if (response.code() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + response.code() + ": " + response.body());
        }
        return 1;
    }
}
