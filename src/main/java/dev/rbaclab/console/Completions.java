package dev.rbaclab.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiResource;
import dev.rbaclab.cluster.api.ResourceCatalog;
import dev.rbaclab.cluster.store.ObjectReader;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.kubectl.cli.CommandNode;
import dev.rbaclab.kubectl.cli.KubectlCommands;
import dev.rbaclab.kubectl.config.KubeconfigState;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Tab completion for the console: commands of the workstation, kubectl's subcommands, resource types, object names
 * in the namespace the command would use, namespaces after {@code -n}, contexts after {@code --context}. Names are
 * read from the learner's own sandbox view, the way kubectl's completion lists them.
 */
public final class Completions {

    private static final List<String> WORKSTATION_COMMANDS = List.of("base64", "cat", "cd", "clear", "curl", "cut",
            "echo", "env", "export", "grep", "help", "kubectl", "ls", "pwd", "tr", "wc");
    private static final Set<String> TAKES_TYPE_AND_NAME = Set.of("get", "describe", "delete", "edit", "label",
            "annotate", "patch");
    private static final Set<String> TAKES_POD = Set.of("exec", "logs", "attach", "port-forward");
    private static final Set<String> TAKES_CONTEXT = Set.of("use-context", "delete-context", "rename-context");
    private static final Set<String> FLAGS_WITH_VALUE = Set.of("-n", "--namespace", "-o", "--output", "--context",
            "--as", "--as-group", "--token", "--user", "--cluster", "-f", "--filename", "-c", "--container", "-l",
            "--selector", "--field-selector", "--kubeconfig", "--server", "-s");
    private static final int MAX = 200;

    private final ResourceCatalog catalog;
    private final Function<Sandbox, ObjectReader> readers;
    private final CommandNode kubectl = KubectlCommands.tree();

    public Completions(ResourceCatalog catalog, Function<Sandbox, ObjectReader> readers) {
        this.catalog = catalog;
        this.readers = readers;
    }

    List<String> complete(ConsoleSession session, String line) {
        List<String> words = new ArrayList<>(List.of(line.trim().split("\\s+")));
        if (line.isBlank()) {
            words.clear();
        }
        String current = line.isEmpty() || Character.isWhitespace(line.charAt(line.length() - 1)) || words.isEmpty()
                ? "" : words.remove(words.size() - 1);
        List<String> candidates = candidates(session, words, current);
        return candidates.stream().filter(c -> c.startsWith(current)).distinct().limit(MAX).toList();
    }

    private List<String> candidates(ConsoleSession session, List<String> before, String current) {
        if (session.attached() != null) {
            return List.of();
        }
        if (before.isEmpty()) {
            return WORKSTATION_COMMANDS;
        }
        if (!before.get(0).equals("kubectl")) {
            return List.of();
        }
        String previous = before.get(before.size() - 1);
        KubeconfigState kubeconfig = session.kubeconfig();
        if (previous.equals("-n") || previous.equals("--namespace")) {
            return names(session.sandbox(), catalog.find("", "namespaces"), "");
        }
        if (previous.equals("--context")) {
            return kubeconfig.contexts().stream().map(KubeconfigState.Context::name).toList();
        }
        if (current.startsWith("-")) {
            return List.of();
        }
        String namespace = namespaceOf(before, kubeconfig);
        List<String> positional = positional(before.subList(1, before.size()));
        if (positional.isEmpty()) {
            return kubectl.children().stream().map(CommandNode::name).sorted().toList();
        }
        CommandNode command = kubectl.find(positional.get(0));
        if (command == null) {
            return List.of();
        }
        String verb = command.name();
        if (!command.children().isEmpty() && positional.size() == 1) {
            return command.children().stream().map(CommandNode::name).sorted().toList();
        }
        if (verb.equals("config") && positional.size() == 2 && TAKES_CONTEXT.contains(positional.get(1))) {
            return kubeconfig.contexts().stream().map(KubeconfigState.Context::name).toList();
        }
        if (TAKES_POD.contains(verb) && positional.size() == 1) {
            return names(session.sandbox(), catalog.find("", "pods"), namespace);
        }
        if (TAKES_TYPE_AND_NAME.contains(verb)) {
            if (positional.size() == 1) {
                return resourceTypes();
            }
            if (positional.size() == 2) {
                return names(session.sandbox(), resolve(positional.get(1)), namespace);
            }
        }
        return List.of();
    }

    private List<String> resourceTypes() {
        TreeSet<String> names = new TreeSet<>();
        for (ResourceCatalog.Group group : catalog.groups()) {
            catalog.resources(group.name(), group.preferredVersion()).orElse(List.of()).stream()
                    .filter(r -> !r.isSubresource() && r.verbs().contains("list"))
                    .forEach(r -> {
                        names.add(r.name());
                        names.addAll(r.shortNames());
                    });
        }
        return List.copyOf(names);
    }

    /** A type as typed (plural, singular, short name or kind), in its group's preferred version. */
    private Optional<ApiResource> resolve(String typed) {
        String type = typed.toLowerCase(Locale.ROOT);
        int dot = type.indexOf('.');
        String group = dot < 0 ? null : type.substring(dot + 1);
        String name = dot < 0 ? type : type.substring(0, dot);
        for (ResourceCatalog.Group g : catalog.groups()) {
            if (group != null && !g.name().equals(group)) {
                continue;
            }
            for (ApiResource r : catalog.resources(g.name(), g.preferredVersion()).orElse(List.of())) {
                if (!r.isSubresource() && (r.name().equals(name) || r.singular().equals(name)
                        || r.shortNames().contains(name) || r.kind().toLowerCase(Locale.ROOT).equals(name))) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    private List<String> names(Sandbox sandbox, Optional<ApiResource> resource, String namespace) {
        if (resource.isEmpty()) {
            return List.of();
        }
        ApiResource r = resource.get();
        List<ObjectNode> objects = readers.apply(sandbox).list(r.group(), r.name(), r.namespaced() ? namespace : "");
        return objects.stream().map(o -> o.path("metadata").path("name").asText()).sorted().toList();
    }

    private static String namespaceOf(List<String> words, KubeconfigState kubeconfig) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if ((word.equals("-n") || word.equals("--namespace")) && i + 1 < words.size()) {
                return words.get(i + 1);
            }
            if (word.startsWith("--namespace=")) {
                return word.substring("--namespace=".length());
            }
        }
        String namespace = kubeconfig.context(kubeconfig.currentContext()).map(KubeconfigState.Context::namespace)
                .orElse("");
        return namespace.isEmpty() ? "default" : namespace;
    }

    private static List<String> positional(List<String> words) {
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("-")) {
                if (FLAGS_WITH_VALUE.contains(word)) {
                    i++;
                }
                continue;
            }
            positional.add(word);
        }
        return positional;
    }
}
