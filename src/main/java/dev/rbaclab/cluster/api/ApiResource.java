package dev.rbaclab.cluster.api;

import java.util.List;

/**
 * One entry of discovery (metav1.APIResource) in one group-version: {@code serviceaccounts} or the
 * subresource {@code serviceaccounts/token}. {@code responseGroup}/{@code responseVersion} are set when a
 * subresource answers with a kind of another group (TokenRequest, Scale, Eviction).
 */
public record ApiResource(
        String group,
        String version,
        String name,
        String singular,
        String kind,
        boolean namespaced,
        List<String> verbs,
        List<String> shortNames,
        List<String> categories,
        String responseGroup,
        String responseVersion) {

    public ApiResource {
        verbs = List.copyOf(verbs);
        shortNames = List.copyOf(shortNames);
        categories = List.copyOf(categories);
        responseGroup = responseGroup == null ? "" : responseGroup;
        responseVersion = responseVersion == null ? "" : responseVersion;
    }

    public boolean isSubresource() {
        return name.contains("/");
    }

    /** The resource part of a subresource entry ({@code pods} for {@code pods/log}). */
    public String resource() {
        int slash = name.indexOf('/');
        return slash < 0 ? name : name.substring(0, slash);
    }

    public String subresource() {
        int slash = name.indexOf('/');
        return slash < 0 ? "" : name.substring(slash + 1);
    }

    public String groupVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    public GroupResource groupResource() {
        return new GroupResource(group, resource());
    }

    public GroupKind groupKind() {
        return new GroupKind(group, kind);
    }

    public boolean supports(String verb) {
        return verbs.contains(verb);
    }
}
