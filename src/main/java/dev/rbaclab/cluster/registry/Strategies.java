package dev.rbaclab.cluster.registry;

import dev.rbaclab.cluster.api.GroupResource;

import java.util.Map;

/** The strategy of each resource; resources without one are stored generically. */
public final class Strategies {

    private static final Strategy GENERIC = new GenericStrategy();

    private static final Map<GroupResource, Strategy> BY_RESOURCE = Map.ofEntries(
            Map.entry(GroupResource.core("namespaces"), new NamespaceStrategy()),
            Map.entry(GroupResource.core("serviceaccounts"), new ServiceAccountStrategy()),
            Map.entry(GroupResource.core("secrets"), new SecretStrategy()),
            Map.entry(GroupResource.core("configmaps"), new ConfigMapStrategy()),
            Map.entry(GroupResource.core("pods"), new PodStrategy()),
            Map.entry(GroupResource.core("services"), new ServiceStrategy()),
            Map.entry(GroupResource.core("persistentvolumes"), new PersistentVolumeStrategy()),
            Map.entry(new GroupResource(RbacFields.GROUP, "roles"), new RoleStrategy(true)),
            Map.entry(new GroupResource(RbacFields.GROUP, "clusterroles"), new RoleStrategy(false)),
            Map.entry(new GroupResource(RbacFields.GROUP, "rolebindings"), new BindingStrategy(true)),
            Map.entry(new GroupResource(RbacFields.GROUP, "clusterrolebindings"), new BindingStrategy(false)));

    private Strategies() {
    }

    public static Strategy of(GroupResource resource) {
        return BY_RESOURCE.getOrDefault(resource, GENERIC);
    }
}
