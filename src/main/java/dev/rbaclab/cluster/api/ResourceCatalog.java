package dev.rbaclab.cluster.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The API surface the simulated server advertises and serves, loaded from {@code cluster/api-resources.yaml}.
 * Groups and versions keep the file's order, which is the order of a real server's discovery documents.
 */
public final class ResourceCatalog {

    /** A group with its versions, the first being the preferred one. */
    public record Group(String name, List<String> versions) {
        public String preferredVersion() {
            return versions.get(0);
        }
    }

    private final List<Group> groups;
    private final Map<String, List<ApiResource>> byGroupVersion;
    private final Map<String, ApiResource> byKey;
    private final Map<String, ApiResource> byKind;

    private ResourceCatalog(List<Group> groups, Map<String, List<ApiResource>> byGroupVersion) {
        this.groups = List.copyOf(groups);
        this.byGroupVersion = Collections.unmodifiableMap(byGroupVersion);
        Map<String, ApiResource> keys = new LinkedHashMap<>();
        Map<String, ApiResource> kinds = new LinkedHashMap<>();
        for (Map.Entry<String, List<ApiResource>> entry : byGroupVersion.entrySet()) {
            for (ApiResource resource : entry.getValue()) {
                keys.putIfAbsent(key(resource.group(), resource.version(), resource.name()), resource);
                // the preferred version comes first in the file, so it wins for version-less lookups
                keys.putIfAbsent(key(resource.group(), "", resource.name()), resource);
                if (!resource.isSubresource()) {
                    kinds.putIfAbsent(resource.group() + "/" + resource.version() + "/" + resource.kind(), resource);
                }
            }
        }
        this.byKey = Collections.unmodifiableMap(keys);
        this.byKind = Collections.unmodifiableMap(kinds);
    }

    public static ResourceCatalog load() {
        JsonNode root = Json.readYamlResource("cluster/api-resources.yaml");
        List<String> storageVerbs = Json.strings(root.get("storageVerbs"));
        List<Group> groups = new ArrayList<>();
        Map<String, List<ApiResource>> byGroupVersion = new LinkedHashMap<>();
        for (JsonNode group : root.get("groups")) {
            String groupName = group.get("name").asText();
            List<String> versions = new ArrayList<>();
            for (JsonNode version : group.get("versions")) {
                String versionName = version.get("version").asText();
                versions.add(versionName);
                List<ApiResource> resources = new ArrayList<>();
                for (JsonNode r : version.get("resources")) {
                    String kind = r.get("kind").asText();
                    resources.add(new ApiResource(groupName, versionName, r.get("name").asText(),
                            r.has("singular") ? r.get("singular").asText() : kind.toLowerCase(Locale.ROOT),
                            kind, r.get("namespaced").asBoolean(),
                            r.has("verbs") ? Json.strings(r.get("verbs")) : storageVerbs,
                            Json.strings(r.get("shortNames")), Json.strings(r.get("categories")),
                            r.path("group").asText(""), r.path("version").asText("")));
                }
                byGroupVersion.put(groupVersion(groupName, versionName), List.copyOf(resources));
            }
            groups.add(new Group(groupName, List.copyOf(versions)));
        }
        return new ResourceCatalog(groups, byGroupVersion);
    }

    public List<Group> groups() {
        return groups;
    }

    /** Resources (and subresources) of one group-version, or empty when the group-version is not served. */
    public Optional<List<ApiResource>> resources(String group, String version) {
        return Optional.ofNullable(byGroupVersion.get(groupVersion(group, version)));
    }

    /** A top-level resource or {@code resource/subresource} in a group-version. */
    public Optional<ApiResource> find(String group, String version, String name) {
        return Optional.ofNullable(byKey.get(key(group, version, name)));
    }

    /** A resource in its group's preferred version. */
    public Optional<ApiResource> find(String group, String name) {
        return find(group, "", name);
    }

    public Optional<ApiResource> findKind(String group, String version, String kind) {
        return Optional.ofNullable(byKind.get(group + "/" + version + "/" + kind));
    }

    public static String groupVersion(String group, String version) {
        return group.isEmpty() ? version : group + "/" + version;
    }

    private static String key(String group, String version, String name) {
        return group + "|" + version + "|" + name;
    }
}
