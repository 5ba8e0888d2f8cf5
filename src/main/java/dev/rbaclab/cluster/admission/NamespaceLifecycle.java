package dev.rbaclab.cluster.admission;

import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.GroupResource;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.util.Set;

/**
 * NamespaceLifecycle (apiserver/pkg/admission/plugin/namespace/lifecycle/admission.go, a mutating plugin, so it
 * answers before validation): the system namespaces cannot be deleted, and nothing can be created in a namespace
 * that does not exist.
 */
public final class NamespaceLifecycle implements AdmissionPlugin {

    static final Set<String> IMMORTAL = Set.of("default", "kube-system", "kube-public");
    private static final GroupResource NAMESPACES = GroupResource.core("namespaces");
    private static final Set<String> ACCESS_REVIEWS = Set.of("localsubjectaccessreviews", "subjectaccessreviews",
            "selfsubjectaccessreviews", "selfsubjectrulesreviews");

    @Override
    public void admit(AdmissionRequest request) {
        boolean isNamespace = request.resource().equals(NAMESPACES);
        if (request.operation() == Operation.DELETE && isNamespace && IMMORTAL.contains(request.name())) {
            request.explanation().add(Stage.ADMISSION, Mark.FAIL, "admission.namespace.immortal", request.name());
            throw ApiException.forbidden(NAMESPACES, request.name(), "this namespace may not be deleted");
        }
        if (isNamespace || request.namespace().isEmpty() || request.operation() == Operation.DELETE) {
            return;
        }
        if (request.resource().group().equals("authorization.k8s.io") && ACCESS_REVIEWS.contains(request.resource().resource())) {
            return;
        }
        if (request.cluster().get(new ObjectKey("", "namespaces", "", request.namespace())).isEmpty()) {
            request.explanation().add(Stage.ADMISSION, Mark.FAIL, "admission.namespace.missing", request.namespace());
            throw ApiException.notFound(NAMESPACES, request.namespace());
        }
    }
}
