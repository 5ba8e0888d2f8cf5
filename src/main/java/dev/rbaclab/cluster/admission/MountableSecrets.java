package dev.rbaclab.cluster.admission;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Set;

/**
 * The enforce-mountable-secrets check of the ServiceAccount plugin: a pod may use only the secrets its
 * ServiceAccount lists in {@code secrets} (and pull only with its {@code imagePullSecrets}). Checked in the real
 * order — volumes, init containers, containers, pull secrets — and the first problem is the answer.
 */
final class MountableSecrets {

    private MountableSecrets() {
    }

    static void check(AdmissionRequest request, JsonNode spec, JsonNode serviceAccount, String name) {
        Set<String> mountable = names(serviceAccount.path("secrets"));
        for (JsonNode volume : spec.path("volumes")) {
            String secret = volume.path("secret").path("secretName").asText("");
            if (!secret.isEmpty() && !mountable.contains(secret)) {
                throw request.forbidden("volume with secret.secretName=\"" + secret
                        + "\" is not allowed because service account " + name + " does not reference that secret");
            }
        }
        checkContainers(request, spec.path("initContainers"), "init container", mountable, name);
        checkContainers(request, spec.path("containers"), "container", mountable, name);
        Set<String> pullable = names(serviceAccount.path("imagePullSecrets"));
        int i = 0;
        for (JsonNode pullSecret : spec.path("imagePullSecrets")) {
            String secret = pullSecret.path("name").asText("");
            if (!pullable.contains(secret)) {
                throw request.forbidden("imagePullSecrets[" + i + "].name=\"" + secret
                        + "\" is not allowed because service account " + name + " does not reference that imagePullSecret");
            }
            i++;
        }
    }

    private static void checkContainers(AdmissionRequest request, JsonNode containers, String what, Set<String> mountable,
                                        String name) {
        for (JsonNode container : containers) {
            String containerName = container.path("name").asText("");
            for (JsonNode env : container.path("env")) {
                String secret = env.path("valueFrom").path("secretKeyRef").path("name").asText("");
                if (!secret.isEmpty() && !mountable.contains(secret)) {
                    throw request.forbidden(what + " " + containerName + " with envVar " + env.path("name").asText("")
                            + " referencing secret.secretName=\"" + secret + "\" is not allowed because service account "
                            + name + " does not reference that secret");
                }
            }
            for (JsonNode envFrom : container.path("envFrom")) {
                String secret = envFrom.path("secretRef").path("name").asText("");
                if (!secret.isEmpty() && !mountable.contains(secret)) {
                    throw request.forbidden(what + " " + containerName + " with envFrom referencing secret.secretName=\""
                            + secret + "\" is not allowed because service account " + name
                            + " does not reference that secret");
                }
            }
        }
    }

    private static Set<String> names(JsonNode references) {
        Set<String> names = new HashSet<>();
        references.forEach(r -> names.add(r.path("name").asText("")));
        return names;
    }

}
