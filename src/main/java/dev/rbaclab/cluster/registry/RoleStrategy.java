package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.FieldError;

import java.util.List;

/** Roles and ClusterRoles (pkg/registry/rbac/{role,clusterrole}/strategy.go). */
final class RoleStrategy implements Strategy {

    private final boolean namespaced;

    RoleStrategy(boolean namespaced) {
        this.namespaced = namespaced;
    }

    @Override
    public NameValidation.Rule nameRule() {
        return NameValidation::pathSegment;
    }

    @Override
    public List<String> fieldOrder() {
        return List.of("rules", "aggregationRule");
    }

    @Override
    public void prepareForCreate(ObjectNode object) {
        RbacFields.normalizeRules(object);
    }

    @Override
    public void prepareForUpdate(ObjectNode object, ObjectNode old) {
        RbacFields.normalizeRules(object);
    }

    @Override
    public List<FieldError> validate(ObjectNode object) {
        List<FieldError> errors = new java.util.ArrayList<>(RbacFields.validateRules(object.path("rules"), namespaced));
        if (!namespaced && object.has("aggregationRule") && !object.get("aggregationRule").isNull()
                && object.path("aggregationRule").path("clusterRoleSelectors").isEmpty()) {
            errors.add(FieldError.required("aggregationRule.clusterRoleSelectors",
                    "at least one clusterRoleSelector required if aggregationRule is non-nil"));
        }
        return errors;
    }
}
