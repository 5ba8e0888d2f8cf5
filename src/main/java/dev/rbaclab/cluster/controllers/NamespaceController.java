package dev.rbaclab.cluster.controllers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.bootstrap.ClusterObjects;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

/**
 * What happens around a namespace in a real cluster: the ServiceAccount controller creates its {@code default}
 * ServiceAccount, the root-ca-cert-publisher its {@code kube-root-ca.crt} ConfigMap, and deleting the namespace
 * deletes everything in it (the namespace controller's finalizer).
 */
public final class NamespaceController implements Controller {

    private final String caCertificatePem;

    public NamespaceController(String caCertificatePem) {
        this.caCertificatePem = caCertificatePem;
    }

    @Override
    public void created(ControllerContext context, ObjectKey key, ObjectNode object) {
        if (!isNamespace(key)) {
            return;
        }
        String namespace = key.name();
        context.create(new ObjectKey("", "serviceaccounts", namespace, "default"),
                ClusterObjects.defaultServiceAccount(namespace));
        context.create(new ObjectKey("", "configmaps", namespace, ClusterObjects.ROOT_CA_CONFIGMAP),
                ClusterObjects.rootCaConfigMap(namespace, caCertificatePem));
        context.explanation().add(Stage.CONTROLLERS, Mark.INFO, "controllers.namespace.created", namespace);
    }

    @Override
    public void deleted(ControllerContext context, ObjectKey key, ObjectNode old) {
        recreateNamespaceBasics(context, key);
        if (!isNamespace(key)) {
            return;
        }
        int count = 0;
        for (ObjectKey contained : context.tx().keysInNamespace(key.name())) {
            if (context.tx().get(contained).isPresent()) {
                context.delete(contained);
                count++;
            }
        }
        context.explanation().add(Stage.CONTROLLERS, Mark.INFO, "controllers.namespace.deleted", key.name(), count);
    }

    /**
     * The ServiceAccount controller keeps a {@code default} ServiceAccount, and the root-ca-cert-publisher a
     * {@code kube-root-ca.crt} ConfigMap, in every namespace: deleting one brings a new one (with a new uid).
     */
    private void recreateNamespaceBasics(ControllerContext context, ObjectKey key) {
        boolean defaultServiceAccount = key.group().isEmpty() && key.resource().equals("serviceaccounts")
                && key.name().equals("default");
        boolean rootCa = key.group().isEmpty() && key.resource().equals("configmaps")
                && key.name().equals(ClusterObjects.ROOT_CA_CONFIGMAP);
        if (!defaultServiceAccount && !rootCa) {
            return;
        }
        if (context.tx().get(new ObjectKey("", "namespaces", "", key.namespace())).isEmpty()) {
            return;
        }
        context.create(key, defaultServiceAccount ? ClusterObjects.defaultServiceAccount(key.namespace())
                : ClusterObjects.rootCaConfigMap(key.namespace(), caCertificatePem));
        context.explanation().add(Stage.CONTROLLERS, Mark.INFO, "controllers.namespace.recreated", key.namespace(),
                key.resource(), key.name());
    }

    private static boolean isNamespace(ObjectKey key) {
        return key.group().isEmpty() && key.resource().equals("namespaces");
    }
}
