package dev.rbaclab.access;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.Authorizer;
import dev.rbaclab.cluster.authz.PrivilegedGroupAuthorizer;
import dev.rbaclab.cluster.authz.RbacAuthorizer;
import dev.rbaclab.cluster.authz.RbacPolicy;
import dev.rbaclab.cluster.authz.UnionAuthorizer;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.store.ObjectReader;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.cluster.store.SandboxMemo;
import dev.rbaclab.explain.Explanation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The access views of one sandbox: matrix (and what the last RBAC change did to it), who-can, graph and risks. Every
 * decision comes from the sandbox's own authorizer (system:masters first, then RBAC), as for a real request.
 */
public final class AccessService {

    private final MatrixBuilder matrices;
    private final Function<Sandbox, Authorizer> authorizers;
    private final Function<Sandbox, RbacPolicy> policies;
    private final Function<Sandbox, ObjectReader> readers;
    private final PolicyHistory history;
    private final SandboxMemo<List<RiskWarning>> risks;

    public AccessService(MatrixBuilder matrices, Function<Sandbox, Authorizer> authorizers,
                         Function<Sandbox, RbacPolicy> policies, Function<Sandbox, ObjectReader> readers,
                         PolicyHistory history) {
        this.matrices = matrices;
        this.authorizers = authorizers;
        this.policies = policies;
        this.readers = readers;
        this.history = history;
        this.risks = new SandboxMemo<>(Sandbox::resourceVersion, sandbox -> List.copyOf(RiskFinder.find(readers.apply(sandbox))),
                512);
    }

    public AccessMatrix matrix(Sandbox sandbox, AccessSubject subject, String namespace) {
        return matrices.build(authorizers.apply(sandbox), subject, namespace);
    }

    /** The matrix before and after the sandbox's latest RBAC change, if the lab knows what came before it. */
    public Optional<Diff> diff(Sandbox sandbox, AccessSubject subject, String namespace) {
        return history.latest(sandbox.id()).map(change -> {
            AccessMatrix before = matrices.build(authorizerOf(change.before()), subject, namespace);
            AccessMatrix after = matrices.build(authorizerOf(change.after()), subject, namespace);
            return new Diff(before, after, after.changesSince(before));
        });
    }

    /** The matrix before and after the last RBAC change, and the cells that changed. */
    public record Diff(AccessMatrix before, AccessMatrix after, List<AccessMatrix.Change> changes) {
    }

    private static Authorizer authorizerOf(RbacPolicy policy) {
        return new UnionAuthorizer(List.of(new PrivilegedGroupAuthorizer(), new RbacAuthorizer(() -> policy)));
    }

    /** One cell, explained: the same explanation a request with these attributes gets. */
    public Explanation explain(Sandbox sandbox, AccessSubject subject, String verb, String namespace, String group,
                               String resource, String subresource, String name, String nonResourceUrl) {
        Explanation explanation = new Explanation();
        Attributes attributes = nonResourceUrl == null || nonResourceUrl.isEmpty()
                ? Attributes.resource(subject.user(), verb, namespace, group, resource, subresource, name)
                : Attributes.nonResource(subject.user(), verb, nonResourceUrl);
        authorizers.apply(sandbox).authorize(attributes, explanation);
        return explanation;
    }

    public List<WhoCan.Grant> whoCan(Sandbox sandbox, WhoCan.Query query) {
        return WhoCan.ask(policies.apply(sandbox), query);
    }

    public RbacGraph graph(Sandbox sandbox, String namespace, boolean hideSystem, java.util.Locale locale) {
        return RbacGraph.of(policies.apply(sandbox), namespace, hideSystem, locale);
    }

    /** The risk warnings, kept while the sandbox's resourceVersion stays (the cluster panel asks after every command). */
    public List<RiskWarning> risks(Sandbox sandbox) {
        return risks.get(sandbox);
    }

    /** "This pod": the ServiceAccount a pod runs as. */
    public Optional<AccessSubject> podSubject(Sandbox sandbox, String namespace, String pod) {
        return readers.apply(sandbox).get(new ObjectKey("", "pods", namespace, pod)).map(p -> {
            JsonNode name = p.path("spec").path("serviceAccountName");
            return AccessSubject.serviceAccount(namespace, name.asText("default").isEmpty() ? "default" : name.asText("default"));
        });
    }

    /** The namespaces of the sandbox, for the scope choice. */
    public List<String> namespaces(Sandbox sandbox) {
        return readers.apply(sandbox).list("", "namespaces", "").stream()
                .map(n -> n.path("metadata").path("name").asText()).toList();
    }
}
