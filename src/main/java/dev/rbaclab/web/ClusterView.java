package dev.rbaclab.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.store.ObjectReader;

import java.util.ArrayList;
import java.util.List;

/**
 * The cluster panel: the objects chapter 12 is about, in the learner's sandbox. The default policy's ClusterRoles and
 * ClusterRoleBindings (label kubernetes.io/bootstrapping=rbac-defaults) and kube-system's objects are counted, not
 * listed, so that what the learner made stands out.
 */
public record ClusterView(List<Section> sections) {

    /** One kind of object; {@code detailKey} is the message that formats an item's detail, or null to show it raw. */
    public record Section(String kind, List<Item> items, int hidden, String detailKey) {
    }

    /** One object: namespace (or ""), name, and a short detail (a pod's phase and ServiceAccount, a binding's role). */
    public record Item(String namespace, String name, String detail) {
    }

    private static final String RBAC = "rbac.authorization.k8s.io";

    public static ClusterView of(ObjectReader cluster) {
        List<Section> sections = new ArrayList<>();
        sections.add(section("Namespace", cluster.list("", "namespaces", ""), o -> ""));
        sections.add(section("ServiceAccount", cluster.list("", "serviceaccounts", ""), o -> ""));
        sections.add(section("Secret", cluster.list("", "secrets", ""), o -> o.path("type").asText("")));
        sections.add(section("Pod", cluster.list("", "pods", ""), o -> o.path("status").path("phase").asText("")
                + " · sa/" + o.path("spec").path("serviceAccountName").asText("default")));
        sections.add(section("Role", cluster.list(RBAC, "roles", ""), ClusterView::rules));
        sections.add(section("RoleBinding", cluster.list(RBAC, "rolebindings", ""), ClusterView::binding));
        sections.add(section("ClusterRole", cluster.list(RBAC, "clusterroles", ""), ClusterView::rules));
        sections.add(section("ClusterRoleBinding", cluster.list(RBAC, "clusterrolebindings", ""), ClusterView::binding));
        return new ClusterView(sections);
    }

    private static Section section(String kind, List<ObjectNode> objects, java.util.function.Function<JsonNode, String> detail) {
        List<Item> items = new ArrayList<>();
        int hidden = 0;
        for (ObjectNode object : objects) {
            JsonNode metadata = object.path("metadata");
            String namespace = metadata.path("namespace").asText("");
            boolean bootstrap = metadata.path("labels").path("kubernetes.io/bootstrapping").asText("").equals("rbac-defaults");
            boolean system = namespace.equals("kube-system") || namespace.equals("kube-public")
                    || namespace.equals("kube-node-lease");
            if ((bootstrap || system) && !kind.equals("Namespace")) {
                hidden++;
                continue;
            }
            items.add(new Item(namespace, metadata.path("name").asText(), detail.apply(object)));
        }
        return new Section(kind, items, hidden, kind.endsWith("Role") ? "cluster.rules" : null);
    }

    private static String rules(JsonNode role) {
        return String.valueOf(role.path("rules").size());
    }

    private static String binding(JsonNode binding) {
        StringBuilder subjects = new StringBuilder();
        for (JsonNode subject : binding.path("subjects")) {
            if (subjects.length() > 0) {
                subjects.append(", ");
            }
            String namespace = subject.path("namespace").asText("");
            subjects.append(subject.path("kind").asText()).append(' ')
                    .append(namespace.isEmpty() ? "" : namespace + "/").append(subject.path("name").asText());
        }
        JsonNode ref = binding.path("roleRef");
        return ref.path("kind").asText() + "/" + ref.path("name").asText() + " → " + subjects;
    }
}
