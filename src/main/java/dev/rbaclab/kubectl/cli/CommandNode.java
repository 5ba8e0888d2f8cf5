package dev.rbaclab.kubectl.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One cobra command of kubectl's tree: its name and aliases, its own flags, its sub-commands (in kubectl's
 * order, which "Did you mean this?" follows), and whether it runs by itself ({@code runnable}) or only groups
 * sub-commands ({@code kubectl auth}, {@code kubectl config}).
 */
public final class CommandNode {

    private final String name;
    private final List<String> aliases;
    private final String summary;
    private final boolean runnable;
    private final List<Flag> flags = new ArrayList<>();
    private final List<CommandNode> children = new ArrayList<>();
    private CommandNode parent;

    CommandNode(String name, List<String> aliases, String summary, boolean runnable) {
        this.name = name;
        this.aliases = List.copyOf(aliases);
        this.summary = summary;
        this.runnable = runnable;
    }

    static CommandNode runnable(String name, String summary, String... aliases) {
        return new CommandNode(name, Arrays.asList(aliases), summary, true);
    }

    static CommandNode group(String name, String summary, String... aliases) {
        return new CommandNode(name, Arrays.asList(aliases), summary, false);
    }

    CommandNode flags(String... specs) {
        for (String spec : specs) {
            flags.add(Flag.of(spec));
        }
        return this;
    }

    CommandNode child(CommandNode child) {
        child.parent = this;
        children.add(child);
        return this;
    }

    public String name() {
        return name;
    }

    public String summary() {
        return summary;
    }

    public boolean isRunnable() {
        return runnable;
    }

    public List<CommandNode> children() {
        return Collections.unmodifiableList(children);
    }

    public CommandNode parent() {
        return parent;
    }

    public boolean matches(String token) {
        return name.equals(token) || aliases.contains(token);
    }

    public CommandNode find(String token) {
        for (CommandNode child : children) {
            if (child.matches(token)) {
                return child;
            }
        }
        return null;
    }

    /** {@code kubectl create serviceaccount}: the path cobra prints in messages. */
    public String path() {
        return parent == null ? name : parent.path() + " " + name;
    }

    /** The path without {@code kubectl}, used to pick the handler: {@code create serviceaccount}. */
    public String key() {
        return parent == null ? "" : (parent.parent == null ? name : parent.key() + " " + name);
    }

    /** Whether the command defines this flag itself, shadowing the global flag of that name ({@code --user}). */
    public boolean hasOwnFlag(String name) {
        return parent != null && flags.stream().anyMatch(f -> f.name().equals(name));
    }

    /** The flags a command accepts: its own plus the persistent flags of the root. */
    public List<Flag> allFlags() {
        List<Flag> all = new ArrayList<>(flags);
        CommandNode root = this;
        while (root.parent != null) {
            root = root.parent;
        }
        if (root != this) {
            all.addAll(root.flags);
        }
        return all;
    }
}
