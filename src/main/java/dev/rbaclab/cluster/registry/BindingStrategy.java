package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.FieldError;

import java.util.ArrayList;
import java.util.List;

/** RoleBindings and ClusterRoleBindings (pkg/registry/rbac/{rolebinding,clusterrolebinding}/strategy.go). */
final class BindingStrategy implements Strategy {

    private final boolean namespaced;

    BindingStrategy(boolean namespaced) {
        this.namespaced = namespaced;
    }

    @Override
    public NameValidation.Rule nameRule() {
        return NameValidation::pathSegment;
    }

    @Override
    public List<String> fieldOrder() {
        return List.of("subjects", "roleRef");
    }

    @Override
    public List<String> omittedWhenEmpty() {
        return List.of("subjects");
    }

    @Override
    public void prepareForCreate(ObjectNode object) {
        RbacFields.defaultBinding(object);
    }

    @Override
    public void prepareForUpdate(ObjectNode object, ObjectNode old) {
        RbacFields.defaultBinding(object);
    }

    @Override
    public List<FieldError> validate(ObjectNode object) {
        List<FieldError> errors = new ArrayList<>(RbacFields.validateRoleRef(object.path("roleRef"),
                namespaced ? List.of("Role", "ClusterRole") : List.of("ClusterRole")));
        errors.addAll(RbacFields.validateSubjects(object.path("subjects"), namespaced));
        return errors;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode object, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>(validate(object));
        errors.addAll(RbacFields.validateRoleRefUnchanged(object, old));
        return errors;
    }
}
