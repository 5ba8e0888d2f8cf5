package dev.rbaclab.kubectl.discovery;

import java.util.List;
import java.util.Locale;

/**
 * meta.RESTMapping plus what discovery says about the resource: where it lives (group, version, plural name),
 * its kind and scope, its verbs and short names.
 */
public record ResourceMapping(String group, String version, String resource, String singular, String kind,
                              boolean namespaced, List<String> verbs, List<String> shortNames, List<String> categories) {

    public ResourceMapping {
        verbs = List.copyOf(verbs);
        shortNames = List.copyOf(shortNames);
        categories = List.copyOf(categories);
    }

    public String groupVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** The path of the collection: {@code /api/v1/namespaces/ns/serviceaccounts} (namespace "" = all). */
    public String collectionPath(String namespace) {
        String prefix = group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
        if (namespaced && !namespace.isEmpty()) {
            return prefix + "/namespaces/" + namespace + "/" + resource;
        }
        return prefix + "/" + resource;
    }

    public String objectPath(String namespace, String name) {
        return collectionPath(namespace) + "/" + name;
    }

    /** schema.GroupKind.String(): {@code Role.rbac.authorization.k8s.io} or {@code ServiceAccount}. */
    public String groupKind() {
        return group.isEmpty() ? kind : kind + "." + group;
    }

    /** schema.GroupResource.String(): {@code roles.rbac.authorization.k8s.io} or {@code serviceaccounts}. */
    public String groupResource() {
        return group.isEmpty() ? resource : resource + "." + group;
    }

    /** The {@code kind[.group]} prefix of {@code -o name} and of "created" messages. */
    public String nameKind() {
        String lower = kind.toLowerCase(Locale.ROOT);
        return group.isEmpty() ? lower : lower + "." + group;
    }

    /** schema.GroupVersionResource.String(): {@code /v1, Resource=serviceaccounts}. */
    public String gvrString() {
        return group + "/" + version + ", Resource=" + resource;
    }

    public boolean supports(String verb) {
        return verbs.contains(verb);
    }
}
