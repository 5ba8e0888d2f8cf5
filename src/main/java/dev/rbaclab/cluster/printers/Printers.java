package dev.rbaclab.cluster.printers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.GroupResource;
import dev.rbaclab.cluster.api.Json;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Turns objects into {@code meta.k8s.io/v1} Tables with the printer of their resource. */
public final class Printers {

    private static final String RBAC = "rbac.authorization.k8s.io";

    private static final Map<GroupResource, Printer> BY_RESOURCE = Map.ofEntries(
            Map.entry(GroupResource.core("namespaces"), CorePrinters.namespaces()),
            Map.entry(GroupResource.core("serviceaccounts"), CorePrinters.serviceAccounts()),
            Map.entry(GroupResource.core("secrets"), CorePrinters.secrets()),
            Map.entry(GroupResource.core("configmaps"), CorePrinters.configMaps()),
            Map.entry(GroupResource.core("services"), CorePrinters.services()),
            Map.entry(GroupResource.core("nodes"), CorePrinters.nodes()),
            Map.entry(GroupResource.core("pods"), PodPrinter.pods()),
            Map.entry(GroupResource.core("persistentvolumes"), OtherPrinters.persistentVolumes()),
            Map.entry(GroupResource.core("events"), OtherPrinters.events()),
            Map.entry(new GroupResource("apps", "deployments"), OtherPrinters.deployments()),
            Map.entry(new GroupResource(RBAC, "roles"), RbacPrinters.roles()),
            Map.entry(new GroupResource(RBAC, "clusterroles"), RbacPrinters.roles()),
            Map.entry(new GroupResource(RBAC, "rolebindings"), RbacPrinters.bindings()),
            Map.entry(new GroupResource(RBAC, "clusterrolebindings"), RbacPrinters.bindings()));

    private static final Printer DEFAULT = OtherPrinters.nameAndAge();

    private Printers() {
    }

    public static Printer of(GroupResource resource) {
        return BY_RESOURCE.getOrDefault(resource, DEFAULT);
    }

    /** A Table of the given objects; each row carries the object's metadata as PartialObjectMetadata. */
    public static ObjectNode table(GroupResource resource, List<? extends JsonNode> objects, String resourceVersion,
                                   Instant now) {
        Printer printer = of(resource);
        ObjectNode table = Json.object();
        table.put("kind", "Table");
        table.put("apiVersion", "meta.k8s.io/v1");
        ObjectNode metadata = table.putObject("metadata");
        if (resourceVersion != null) {
            metadata.put("resourceVersion", resourceVersion);
        }
        ArrayNode columns = table.putArray("columnDefinitions");
        for (Column column : printer.columns()) {
            ObjectNode c = columns.addObject();
            c.put("name", column.name());
            c.put("type", column.type());
            c.put("format", column.format());
            c.put("description", column.description());
            c.put("priority", column.priority());
        }
        ArrayNode rows = table.putArray("rows");
        for (JsonNode object : objects) {
            ObjectNode row = rows.addObject();
            ArrayNode cells = row.putArray("cells");
            for (Object cell : printer.cells(object, now)) {
                if (cell instanceof Integer i) {
                    cells.add(i);
                } else if (cell instanceof Long l) {
                    cells.add(l);
                } else if (cell instanceof Boolean b) {
                    cells.add(b);
                } else {
                    cells.add(String.valueOf(cell));
                }
            }
            ObjectNode partial = row.putObject("object");
            partial.put("kind", "PartialObjectMetadata");
            partial.put("apiVersion", "meta.k8s.io/v1");
            partial.set("metadata", object.path("metadata").deepCopy());
        }
        return table;
    }
}
