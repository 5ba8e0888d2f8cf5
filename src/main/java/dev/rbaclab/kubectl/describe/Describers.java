package dev.rbaclab.kubectl.describe;

import dev.rbaclab.kubectl.discovery.ResourceMapping;

import java.util.Map;

/** describerMap of describe.go, for the kinds the lab's learners describe; everything else is described generically. */
public final class Describers {

    private static final String RBAC = "rbac.authorization.k8s.io";
    private static final Map<String, Describer> BY_GROUP_KIND = Map.ofEntries(
            Map.entry("/ServiceAccount", new ServiceAccountDescriber()),
            Map.entry("/Secret", new SecretDescriber()),
            Map.entry("/Pod", new PodDescriber()),
            Map.entry("/Namespace", new NamespaceDescriber()),
            Map.entry("/Node", new NodeDescriber()),
            Map.entry("/Service", new ServiceDescriber()),
            Map.entry("/ConfigMap", new ConfigMapDescriber()),
            Map.entry(RBAC + "/Role", new RoleDescriber()),
            Map.entry(RBAC + "/ClusterRole", new RoleDescriber()),
            Map.entry(RBAC + "/RoleBinding", new BindingDescriber()),
            Map.entry(RBAC + "/ClusterRoleBinding", new BindingDescriber()));
    private static final Describer GENERIC = new GenericDescriber();

    private Describers() {
    }

    public static Describer forMapping(ResourceMapping mapping) {
        return BY_GROUP_KIND.getOrDefault(mapping.group() + "/" + mapping.kind(), GENERIC);
    }
}
