package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** PersistentVolumes (ValidatePersistentVolume, v1 defaults): capacity, access modes and one volume source. */
final class PersistentVolumeStrategy implements Strategy {

    private static final Set<String> NOT_SOURCES = Set.of("accessModes", "capacity", "claimRef",
            "persistentVolumeReclaimPolicy", "storageClassName", "mountOptions", "volumeMode", "nodeAffinity",
            "volumeAttributesClassName");

    @Override
    public void prepareForCreate(ObjectNode pv) {
        ObjectNode spec = pv.with("spec");
        if (!spec.has("persistentVolumeReclaimPolicy")) {
            spec.put("persistentVolumeReclaimPolicy", "Retain");
        }
        if (!spec.has("volumeMode")) {
            spec.put("volumeMode", "Filesystem");
        }
        pv.remove("status");
        pv.putObject("status").put("phase", "Pending");
    }

    @Override
    public void prepareForUpdate(ObjectNode pv, ObjectNode old) {
        pv.set("status", old.path("status").deepCopy());
    }

    @Override
    public List<FieldError> validate(ObjectNode pv) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode spec = pv.path("spec");
        if (spec.path("accessModes").isEmpty()) {
            errors.add(FieldError.required("spec.accessModes", ""));
        }
        if (spec.path("capacity").isEmpty()) {
            errors.add(FieldError.required("spec.capacity", ""));
        }
        int sources = 0;
        var names = spec.fieldNames();
        while (names.hasNext()) {
            if (!NOT_SOURCES.contains(names.next())) {
                sources++;
            }
        }
        if (sources == 0) {
            errors.add(FieldError.required("spec", "must specify a volume type"));
        } else if (sources > 1) {
            errors.add(FieldError.forbidden("spec", "may not specify more than 1 volume type"));
        }
        return errors;
    }
}
