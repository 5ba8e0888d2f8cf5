package dev.rbaclab.cluster.admission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * The ServiceAccount admission plugin (plugin/pkg/admission/serviceaccount/admission.go) for new pods: default the
 * ServiceAccount, refuse one that does not exist, mount its token at /var/run/secrets/kubernetes.io/serviceaccount,
 * copy its imagePullSecrets, and — when the ServiceAccount asks for it — allow only the secrets it lists.
 */
public final class ServiceAccountAdmission implements AdmissionPlugin {

    public static final String MOUNT_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";
    static final String VOLUME_PREFIX = "kube-api-access-";
    static final String MIRROR_ANNOTATION = "kubernetes.io/config.mirror";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SUFFIX_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

    @Override
    public void admit(AdmissionRequest request) {
        if (!appliesTo(request) || Meta.annotation(request.object(), MIRROR_ANNOTATION) != null) {
            return;
        }
        ObjectNode pod = request.object();
        ObjectNode spec = pod.with("spec");
        String name = spec.path("serviceAccountName").asText("");
        if (name.isEmpty()) {
            name = spec.path("serviceAccount").asText("");
        }
        if (name.isEmpty()) {
            name = "default";
            request.explanation().add(Stage.ADMISSION, Mark.INFO, "admission.sa.defaulted");
        }
        spec.put("serviceAccountName", name);
        spec.put("serviceAccount", name);
        JsonNode serviceAccount = lookUp(request, name);
        if (mountsToken(spec, serviceAccount)) {
            String volume = mountToken(spec);
            request.explanation().add(Stage.ADMISSION, Mark.INFO, "admission.sa.token_mounted", name, volume, MOUNT_PATH);
        } else {
            request.explanation().add(Stage.ADMISSION, Mark.INFO, "admission.sa.no_automount", name);
        }
        if (spec.path("imagePullSecrets").isEmpty() && !serviceAccount.path("imagePullSecrets").isEmpty()) {
            ArrayNode pullSecrets = spec.putArray("imagePullSecrets");
            for (JsonNode secret : serviceAccount.path("imagePullSecrets")) {
                pullSecrets.addObject().put("name", secret.path("name").asText(""));
            }
            request.explanation().add(Stage.ADMISSION, Mark.INFO, "admission.sa.pull_secrets", name,
                    String.join(", ", names(pullSecrets)));
        }
    }

    @Override
    public void validate(AdmissionRequest request) {
        if (!appliesTo(request) || Meta.annotation(request.object(), MIRROR_ANNOTATION) != null) {
            return;
        }
        JsonNode spec = request.object().path("spec");
        String name = spec.path("serviceAccountName").asText("");
        if (name.isEmpty()) {
            throw request.forbidden("no service account specified for pod " + request.namespace() + "/" + Meta.name(request.object()));
        }
        JsonNode serviceAccount = lookUp(request, name);
        if (!enforcesMountableSecrets(serviceAccount)) {
            return;
        }
        request.explanation().add(Stage.ADMISSION, Mark.INFO, "admission.sa.enforce_mountable", name);
        MountableSecrets.check(request, spec, serviceAccount, name);
    }

    private static boolean appliesTo(AdmissionRequest request) {
        return request.operation() == Operation.CREATE && request.is("", "pods") && request.subresource().isEmpty()
                && request.object() != null;
    }

    private static JsonNode lookUp(AdmissionRequest request, String name) {
        Optional<com.fasterxml.jackson.databind.node.ObjectNode> serviceAccount =
                request.cluster().get(new ObjectKey("", "serviceaccounts", request.namespace(), name));
        if (serviceAccount.isEmpty()) {
            request.explanation().add(Stage.ADMISSION, Mark.FAIL, "admission.sa.missing", request.namespace(), name);
            throw request.forbidden("error looking up service account " + request.namespace() + "/" + name
                    + ": serviceaccount \"" + name + "\" not found");
        }
        return serviceAccount.get();
    }

    /** The pod's automountServiceAccountToken if set, else the ServiceAccount's, else true. */
    private static boolean mountsToken(JsonNode spec, JsonNode serviceAccount) {
        if (spec.has("automountServiceAccountToken") && spec.get("automountServiceAccountToken").isBoolean()) {
            return spec.get("automountServiceAccountToken").asBoolean();
        }
        if (serviceAccount.has("automountServiceAccountToken") && serviceAccount.get("automountServiceAccountToken").isBoolean()) {
            return serviceAccount.get("automountServiceAccountToken").asBoolean();
        }
        return true;
    }

    /** Adds (or reuses) the projected kube-api-access volume and mounts it in every container. */
    private static String mountToken(ObjectNode spec) {
        ArrayNode volumes = spec.get("volumes") instanceof ArrayNode v ? v : spec.putArray("volumes");
        String volumeName = null;
        for (JsonNode volume : volumes) {
            if (volume.path("name").asText("").startsWith(VOLUME_PREFIX)) {
                volumeName = volume.path("name").asText();
            }
        }
        if (volumeName == null) {
            volumeName = VOLUME_PREFIX + randomSuffix();
            volumes.add(projectedVolume(volumeName));
        }
        for (String list : List.of("initContainers", "containers")) {
            for (JsonNode container : spec.path(list)) {
                if (container instanceof ObjectNode c && !mountsPath(c)) {
                    ArrayNode mounts = c.get("volumeMounts") instanceof ArrayNode m ? m : c.putArray("volumeMounts");
                    ObjectNode mount = mounts.addObject();
                    mount.put("name", volumeName);
                    mount.put("readOnly", true);
                    mount.put("mountPath", MOUNT_PATH);
                }
            }
        }
        return volumeName;
    }

    private static boolean mountsPath(JsonNode container) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText("").equals(MOUNT_PATH)) {
                return true;
            }
        }
        return false;
    }

    static ObjectNode projectedVolume(String name) {
        ObjectNode volume = dev.rbaclab.cluster.api.Json.object();
        volume.put("name", name);
        ObjectNode projected = volume.putObject("projected");
        ArrayNode sources = projected.putArray("sources");
        ObjectNode token = sources.addObject().putObject("serviceAccountToken");
        token.put("expirationSeconds", 3607);
        token.put("path", "token");
        ObjectNode configMap = sources.addObject().putObject("configMap");
        configMap.put("name", "kube-root-ca.crt");
        configMap.putArray("items").addObject().put("key", "ca.crt").put("path", "ca.crt");
        ObjectNode item = sources.addObject().putObject("downwardAPI").putArray("items").addObject();
        item.putObject("fieldRef").put("apiVersion", "v1").put("fieldPath", "metadata.namespace");
        item.put("path", "namespace");
        projected.put("defaultMode", 420);
        return volume;
    }

    /** The annotation kubernetes.io/enforce-mountable-secrets, read with strconv.ParseBool. */
    static boolean enforcesMountableSecrets(JsonNode serviceAccount) {
        String value = Meta.annotation(serviceAccount, "kubernetes.io/enforce-mountable-secrets");
        return value != null && List.of("1", "t", "T", "TRUE", "true", "True").contains(value);
    }

    private static String randomSuffix() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(SUFFIX_ALPHABET.charAt(RANDOM.nextInt(SUFFIX_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static List<String> names(ArrayNode references) {
        List<String> names = new java.util.ArrayList<>();
        references.forEach(r -> names.add(r.path("name").asText("")));
        return names;
    }
}
