package dev.rbaclab.kubectl.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The console's kubeconfig: named clusters, users (bearer tokens) and contexts, and the current context. An
 * immutable value: {@code kubectl config ...} returns a new state, which the console keeps for the next command.
 * Entries stay sorted by name, as kubectl prints them.
 */
public record KubeconfigState(List<Cluster> clusters, List<User> users, List<Context> contexts, String currentContext) {

    /** A cluster entry: where the API is (the console's transport ignores the host; the path names the sandbox). */
    public record Cluster(String name, String server, String certificateAuthorityData, boolean insecureSkipTlsVerify) {
    }

    /** A user entry: kubectl would send {@code token} as {@code Authorization: Bearer <token>}. */
    public record User(String name, String token) {
    }

    /** A context: cluster + user + default namespace (empty = "default"). */
    public record Context(String name, String cluster, String user, String namespace) {
        public Context {
            namespace = namespace == null ? "" : namespace;
        }

        public Context withNamespace(String value) {
            return new Context(name, cluster, user, value);
        }
    }

    public KubeconfigState {
        clusters = sorted(clusters, Cluster::name);
        users = sorted(users, User::name);
        contexts = sorted(contexts, Context::name);
        currentContext = currentContext == null ? "" : currentContext;
    }

    private static <T> List<T> sorted(List<T> values, java.util.function.Function<T, String> name) {
        List<T> copy = new ArrayList<>(values);
        copy.sort(Comparator.comparing(name));
        return List.copyOf(copy);
    }

    /** Reads a kubeconfig file (YAML or JSON), e.g. the one of a sandbox. */
    public static KubeconfigState parse(String text) {
        return KubeconfigFile.parse(text);
    }

    public Optional<Context> context(String name) {
        return contexts.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<Cluster> cluster(String name) {
        return clusters.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<User> user(String name) {
        return users.stream().filter(u -> u.name().equals(name)).findFirst();
    }

    public KubeconfigState withCurrentContext(String name) {
        return new KubeconfigState(clusters, users, contexts, name);
    }

    public KubeconfigState withContext(Context context) {
        List<Context> next = new ArrayList<>(contexts);
        next.removeIf(c -> c.name().equals(context.name()));
        next.add(context);
        return new KubeconfigState(clusters, users, next, currentContext);
    }

    public KubeconfigState withoutContext(String name) {
        List<Context> next = new ArrayList<>(contexts);
        next.removeIf(c -> c.name().equals(name));
        return new KubeconfigState(clusters, users, next, currentContext);
    }

    public KubeconfigState withUser(User user) {
        List<User> next = new ArrayList<>(users);
        next.removeIf(u -> u.name().equals(user.name()));
        next.add(user);
        return new KubeconfigState(clusters, next, contexts, currentContext);
    }

    public KubeconfigState withoutUser(String name) {
        List<User> next = new ArrayList<>(users);
        next.removeIf(u -> u.name().equals(name));
        return new KubeconfigState(clusters, next, contexts, currentContext);
    }

    public KubeconfigState withCluster(Cluster cluster) {
        List<Cluster> next = new ArrayList<>(clusters);
        next.removeIf(c -> c.name().equals(cluster.name()));
        next.add(cluster);
        return new KubeconfigState(next, users, contexts, currentContext);
    }

    public KubeconfigState withoutCluster(String name) {
        List<Cluster> next = new ArrayList<>(clusters);
        next.removeIf(c -> c.name().equals(name));
        return new KubeconfigState(next, users, contexts, currentContext);
    }

    public KubeconfigState mapContext(String name, UnaryOperator<Context> change) {
        return context(name).map(c -> withContext(change.apply(c))).orElse(this);
    }

    /** The Config object {@code kubectl config view} prints; secrets shortened unless {@code raw}. */
    public com.fasterxml.jackson.databind.node.ObjectNode toConfigJson(boolean raw) {
        return KubeconfigFile.toJson(this, raw);
    }

    /**
     * Only the current context with its cluster and user (clientcmdapi.MinifyConfig).
     *
     * @throws IllegalStateException with kubectl's message when an entry is missing
     */
    public KubeconfigState minified() {
        if (currentContext.isEmpty()) {
            throw new IllegalStateException("current-context must exist in order to minify");
        }
        Context current = context(currentContext).orElseThrow(
                () -> new IllegalStateException("cannot locate context " + currentContext));
        List<Cluster> keptClusters = new ArrayList<>();
        if (!current.cluster().isEmpty()) {
            keptClusters.add(cluster(current.cluster()).orElseThrow(
                    () -> new IllegalStateException("cannot locate cluster " + current.cluster())));
        }
        List<User> keptUsers = new ArrayList<>();
        if (!current.user().isEmpty()) {
            keptUsers.add(user(current.user()).orElseThrow(
                    () -> new IllegalStateException("cannot locate user " + current.user())));
        }
        return new KubeconfigState(keptClusters, keptUsers, List.of(current), currentContext);
    }
}
