package dev.rbaclab.kubectl.discovery;

import java.util.List;

/** One group of discovery with its versions (preferred first) and the resources of each version. */
public record ApiGroupResources(String name, String preferredVersion, List<VersionResources> versions) {

    public ApiGroupResources {
        versions = List.copyOf(versions);
    }

    /** The resources of one group-version, subresources included ({@code pods/log}). */
    public record VersionResources(String version, List<ResourceMapping> resources) {
        public VersionResources {
            resources = List.copyOf(resources);
        }
    }
}
