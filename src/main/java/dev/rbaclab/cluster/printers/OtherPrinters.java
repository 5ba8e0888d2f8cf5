package dev.rbaclab.cluster.printers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** PersistentVolumes, Events, Deployments, and the default NAME/AGE table of everything else. */
final class OtherPrinters {

    private static final Map<String, String> ACCESS_MODES = Map.of("ReadWriteOnce", "RWO", "ReadOnlyMany", "ROX",
            "ReadWriteMany", "RWX", "ReadWriteOncePod", "RWOP");

    private OtherPrinters() {
    }

    static Printer nameAndAge() {
        return new ColumnPrinter(List.of(Column.NAME, Column.AGE),
                (object, now) -> List.of(Meta.name(object), Cells.age(object, now)));
    }

    static Printer persistentVolumes() {
        return new ColumnPrinter(List.of(Column.NAME,
                Column.string("Capacity", "capacity is the description of the persistent volume's resources and capacity."),
                Column.string("Access Modes", "accessModes contains all ways the volume can be mounted."),
                Column.string("Reclaim Policy", "persistentVolumeReclaimPolicy defines what happens to a persistent volume when released from its claim."),
                Column.string("Status", "phase indicates if a volume is available, bound to a claim, or released by a claim."),
                Column.string("Claim", "claimRef is part of a bi-directional binding between PersistentVolume and PersistentVolumeClaim."),
                Column.string("StorageClass", "storageClassName is the name of StorageClass to which this persistent volume belongs."),
                Column.string("VolumeAttributesClass", "Name of VolumeAttributesClass to which this persistent volume belongs."),
                Column.string("Reason", "reason is a brief CamelCase string that describes any failure and is meant for machine parsing and tidy display in the CLI."),
                Column.AGE,
                Column.wide("VolumeMode", "volumeMode defines if a volume is intended to be used with a formatted filesystem or to remain in raw block state.")),
                (pv, now) -> {
                    JsonNode spec = pv.path("spec");
                    List<String> modes = new ArrayList<>();
                    spec.path("accessModes").forEach(m -> modes.add(ACCESS_MODES.getOrDefault(m.asText(), m.asText())));
                    JsonNode claim = spec.path("claimRef");
                    String claimText = claim.isMissingNode() ? "" : claim.path("namespace").asText("") + "/" + claim.path("name").asText("");
                    String vac = spec.path("volumeAttributesClassName").asText("");
                    return List.of(Meta.name(pv), spec.path("capacity").path("storage").asText(""),
                            String.join(",", modes), spec.path("persistentVolumeReclaimPolicy").asText(""),
                            pv.path("status").path("phase").asText(""), claimText,
                            spec.path("storageClassName").asText(""), vac.isEmpty() ? "<unset>" : vac,
                            pv.path("status").path("reason").asText(""), Cells.age(pv, now),
                            spec.path("volumeMode").asText(""));
                });
    }

    static Printer events() {
        return new ColumnPrinter(List.of(
                Column.string("Last Seen", "Last time the event was seen"),
                Column.string("Type", "Type of this event (Normal, Warning), new types could be added in the future"),
                Column.string("Reason", "This should be a short, machine understandable string that gives the reason for the transition into the object's current status."),
                Column.string("Object", "The object that this event is about. Mapped from event.involvedObject"),
                Column.wide("Subobject", "The subobject that this event is about. Mapped from event.involvedObject.fieldPath"),
                Column.wide("Source", "The component reporting this event. Should be a short machine understandable string."),
                Column.string("Message", "A human-readable description of the status of this operation."),
                Column.wide("First Seen", "The first time at which the event was reported."),
                Column.wide("Count", "The number of times this event has occurred."),
                new Column("Name", "string", "name", "Name of the event", 1)),
                (event, now) -> {
                    JsonNode involved = event.path("involvedObject");
                    String last = event.path("lastTimestamp").asText(event.path("eventTime").asText(""));
                    String first = event.path("firstTimestamp").asText("");
                    return List.of(last.isEmpty() ? "<unknown>" : HumanDuration.since(java.time.Instant.parse(last), now),
                            event.path("type").asText(""), event.path("reason").asText(""),
                            involved.path("kind").asText("").toLowerCase() + "/" + involved.path("name").asText(""),
                            involved.path("fieldPath").asText(""),
                            event.path("source").path("component").asText(""),
                            event.path("message").asText("").trim(),
                            first.isEmpty() ? "<unknown>" : HumanDuration.since(java.time.Instant.parse(first), now),
                            event.path("count").asInt(1), Meta.name(event));
                });
    }

    static Printer deployments() {
        return new ColumnPrinter(List.of(Column.NAME,
                Column.string("Ready", "Number of the pod with ready state"),
                Column.string("Up-to-date", "Total number of non-terminated pods targeted by this deployment that have the desired template spec."),
                Column.string("Available", "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment."),
                Column.AGE,
                Column.wide("Containers", "Names of each container in the template."),
                Column.wide("Images", "Images referenced by each container in the template."),
                Column.wide("Selector", "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.")),
                (deployment, now) -> {
                    JsonNode status = deployment.path("status");
                    int desired = deployment.path("spec").path("replicas").asInt(1);
                    List<String> names = new ArrayList<>();
                    List<String> images = new ArrayList<>();
                    deployment.path("spec").path("template").path("spec").path("containers").forEach(c -> {
                        names.add(c.path("name").asText());
                        images.add(c.path("image").asText());
                    });
                    return List.of(Meta.name(deployment), status.path("readyReplicas").asInt(0) + "/" + desired,
                            status.path("updatedReplicas").asInt(0), status.path("availableReplicas").asInt(0),
                            Cells.age(deployment, now), String.join(",", names), String.join(",", images),
                            Cells.selector(deployment.path("spec").path("selector").path("matchLabels")));
                });
    }
}
