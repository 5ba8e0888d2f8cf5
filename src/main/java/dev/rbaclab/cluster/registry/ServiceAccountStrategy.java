package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Meta;

import java.util.List;

/** ServiceAccounts (pkg/registry/core/serviceaccount/strategy.go), including the v1.32 deprecation warning. */
final class ServiceAccountStrategy implements Strategy {

    static final String ENFORCE_MOUNTABLE_SECRETS = "kubernetes.io/enforce-mountable-secrets";

    @Override
    public List<String> fieldOrder() {
        return List.of("secrets", "imagePullSecrets", "automountServiceAccountToken");
    }

    @Override
    public List<String> omittedWhenEmpty() {
        return List.of("secrets", "imagePullSecrets");
    }

    @Override
    public List<String> warnings(ObjectNode object) {
        if (Meta.annotation(object, ENFORCE_MOUNTABLE_SECRETS) != null) {
            return List.of("metadata.annotations[" + ENFORCE_MOUNTABLE_SECRETS + "]: deprecated in v1.32+; "
                    + "prefer separate namespaces to isolate access to mounted secrets");
        }
        return List.of();
    }
}
