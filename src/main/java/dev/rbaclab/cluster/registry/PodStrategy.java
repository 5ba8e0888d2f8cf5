package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.FieldError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pods (pkg/registry/core/pod/strategy.go, ValidatePodCreate/ValidatePodUpdate). A new pod starts Pending with
 * the scheme's defaults; after creation its spec is immutable but for the few fields Kubernetes allows.
 */
final class PodStrategy implements Strategy {

    @Override
    public void prepareForCreate(ObjectNode pod) {
        pod.remove("status");
        ObjectNode status = pod.putObject("status");
        status.put("phase", "Pending");
        status.put("qosClass", "BestEffort");
        PodDefaults.apply(pod);
    }

    @Override
    public void prepareForUpdate(ObjectNode pod, ObjectNode old) {
        // the main resource never changes status; that is the kubelet's job through pods/status
        pod.set("status", old.path("status").deepCopy());
        PodDefaults.order(pod);
    }

    @Override
    public List<FieldError> validate(ObjectNode pod) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode spec = pod.path("spec");
        Set<String> volumes = new HashSet<>();
        int v = 0;
        for (JsonNode volume : spec.path("volumes")) {
            String name = volume.path("name").asText("");
            String path = "spec.volumes[" + v++ + "].name";
            if (name.isEmpty()) {
                errors.add(FieldError.required(path, ""));
            } else if (!volumes.add(name)) {
                errors.add(FieldError.duplicate(path, name));
            } else {
                NameValidation.dns1123Label(name).forEach(p -> errors.add(FieldError.invalid(path, name, p)));
            }
        }
        if (spec.path("containers").isEmpty()) {
            errors.add(FieldError.required("spec.containers", ""));
        }
        Set<String> names = new HashSet<>();
        for (String list : List.of("initContainers", "containers")) {
            int i = 0;
            for (JsonNode container : spec.path(list)) {
                errors.addAll(validateContainer(container, "spec." + list + "[" + i++ + "]", names, volumes));
            }
        }
        String restartPolicy = spec.path("restartPolicy").asText("");
        if (!List.of("Always", "OnFailure", "Never").contains(restartPolicy)) {
            errors.add(FieldError.notSupported("spec.restartPolicy", restartPolicy, List.of("Always", "OnFailure", "Never")));
        }
        String serviceAccount = spec.path("serviceAccountName").asText("");
        if (!serviceAccount.isEmpty()) {
            NameValidation.dns1123Subdomain(serviceAccount)
                    .forEach(p -> errors.add(FieldError.invalid("spec.serviceAccountName", serviceAccount, p)));
        }
        return errors;
    }

    private static List<FieldError> validateContainer(JsonNode container, String path, Set<String> names, Set<String> volumes) {
        List<FieldError> errors = new ArrayList<>();
        String name = container.path("name").asText("");
        if (name.isEmpty()) {
            errors.add(FieldError.required(path + ".name", ""));
        } else if (!names.add(name)) {
            errors.add(FieldError.duplicate(path + ".name", name));
        } else {
            NameValidation.dns1123Label(name).forEach(p -> errors.add(FieldError.invalid(path + ".name", name, p)));
        }
        if (container.path("image").asText("").isEmpty()) {
            errors.add(FieldError.required(path + ".image", ""));
        }
        int m = 0;
        for (JsonNode mount : container.path("volumeMounts")) {
            String mountPath = path + ".volumeMounts[" + m++ + "]";
            String volume = mount.path("name").asText("");
            if (volume.isEmpty()) {
                errors.add(FieldError.required(mountPath + ".name", ""));
            } else if (!volumes.contains(volume)) {
                errors.add(new FieldError(FieldError.Type.NOT_FOUND, mountPath + ".name", volume, ""));
            }
            if (mount.path("mountPath").asText("").isEmpty()) {
                errors.add(FieldError.required(mountPath + ".mountPath", ""));
            }
        }
        return errors;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode pod, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>(validate(pod));
        String diff = PodSpecDiff.disallowedChanges(old.path("spec"), pod.path("spec"));
        if (diff != null) {
            errors.add(FieldError.forbidden("spec", PodSpecDiff.MESSAGE + "\n" + diff));
        }
        return errors;
    }
}
