package dev.rbaclab.kubectl.cli;

import dev.rbaclab.kubectl.errors.CobraError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns kubectl's arguments into a command and its flags the way kubectl's main, cobra and pflag do: the plugin
 * check first, then {@code Command.Find} (which skips flags to find the sub-command), then pflag parsing with
 * interspersed flags, {@code --} ending them, and pflag's error texts.
 */
public final class CommandLine {

    /** The command found and what its flags and arguments say. */
    public record Parsed(CommandNode command, ParsedFlags flags, boolean helpRequested) {
    }

    private CommandLine() {
    }

    public static Parsed parse(CommandNode root, List<String> args) {
        List<String> remaining = new ArrayList<>(args);
        CommandNode command = find(root, remaining);
        if (command == root) {
            checkRootArguments(root, args);
        }
        return parseFlags(command, remaining);
    }

    // kubectl's main: an unknown command may be a plugin, and plugin names must come before any flag
    private static void checkRootArguments(CommandNode root, List<String> args) {
        List<String> commands = stripFlags(args, root);
        if (commands.isEmpty()) {
            return;
        }
        String first = commands.get(0);
        if (first.equals("help")) {
            return;
        }
        if (args.get(0).startsWith("-")) {
            throw CobraError.ofPluginHandler("flags cannot be placed before plugin name: " + args.get(0));
        }
        throw new CobraError("unknown command \"" + first + "\" for \"kubectl\"" + Suggestions.forCommand(root, first));
    }

    // cobra Command.Find: descend while the first non-flag argument names a sub-command
    private static CommandNode find(CommandNode root, List<String> args) {
        CommandNode current = root;
        while (true) {
            List<String> commands = stripFlags(args, current);
            if (commands.isEmpty()) {
                return current;
            }
            CommandNode next = current.find(commands.get(0));
            if (next == null) {
                return current;
            }
            args.remove(commands.get(0));
            current = next;
        }
    }

    // cobra stripFlags: flags that take a value swallow the next argument
    private static List<String> stripFlags(List<String> args, CommandNode command) {
        Map<String, Flag> byName = new LinkedHashMap<>();
        Map<String, Flag> byShort = new LinkedHashMap<>();
        for (Flag flag : command.allFlags()) {
            byName.put(flag.name(), flag);
            if (!flag.shorthand().isEmpty()) {
                byShort.put(flag.shorthand(), flag);
            }
        }
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            if (s.equals("--")) {
                break;
            }
            boolean longWithValue = s.startsWith("--") && !s.contains("=") && !noOptDefault(byName.get(s.substring(2)));
            boolean shortWithValue = !s.startsWith("--") && s.startsWith("-") && !s.contains("=") && s.length() == 2
                    && !noOptDefault(byShort.get(s.substring(1)));
            if (longWithValue || shortWithValue) {
                if (args.size() - i - 1 <= 1) {
                    break;
                }
                i++;
            } else if (!s.isEmpty() && !s.startsWith("-")) {
                commands.add(s);
            }
        }
        return commands;
    }

    private static boolean noOptDefault(Flag flag) {
        return flag != null && !flag.takesValue();
    }

    private static Parsed parseFlags(CommandNode command, List<String> args) {
        Map<String, Flag> byName = new LinkedHashMap<>();
        Map<String, Flag> byShort = new LinkedHashMap<>();
        for (Flag flag : command.allFlags()) {
            byName.putIfAbsent(flag.name(), flag);
            // a persistent flag shadowed by a local one of the same name is not added, shorthand included
            // (pflag AddFlagSet): config set-context --namespace has no -n
            if (!flag.shorthand().isEmpty() && byName.get(flag.name()) == flag) {
                byShort.putIfAbsent(flag.shorthand(), flag);
            }
        }
        ParsedFlags parsed = new ParsedFlags(byName);
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            if (s.equals("--")) {
                parsed.markDash();
                for (int j = i + 1; j < args.size(); j++) {
                    parsed.addArg(args.get(j));
                }
                break;
            }
            if (s.startsWith("--") && s.length() > 2) {
                String body = s.substring(2);
                int eq = body.indexOf('=');
                String name = eq < 0 ? body : body.substring(0, eq);
                Flag flag = byName.get(name);
                if (flag == null) {
                    if (name.equals("help")) {
                        help = true;
                        continue;
                    }
                    throw CobraError.flag(command.path(), "unknown flag: --" + name);
                }
                String value;
                if (eq >= 0) {
                    value = body.substring(eq + 1);
                } else if (!flag.takesValue()) {
                    value = flag.noOptDefault();
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw CobraError.flag(command.path(), "flag needs an argument: --" + name);
                }
                set(command, parsed, flag, value);
            } else if (s.startsWith("-") && s.length() > 1 && !s.startsWith("--")) {
                i = parseShorthands(command, parsed, byShort, args, i);
                if (i < 0) {
                    help = true;
                    i = -i - 1;
                }
            } else {
                parsed.addArg(s);
            }
        }
        return new Parsed(command, parsed, help);
    }

    // pflag parseSingleShortArg over "-abc", "-nfoo", "-n=foo", "-n foo"; returns the last index consumed,
    // encoded as -(index+1) when -h was among them
    private static int parseShorthands(CommandNode command, ParsedFlags parsed, Map<String, Flag> byShort,
                                       List<String> args, int index) {
        String s = args.get(index);
        String shorthands = s.substring(1);
        boolean help = false;
        while (!shorthands.isEmpty()) {
            String c = shorthands.substring(0, 1);
            Flag flag = byShort.get(c);
            if (flag == null) {
                if (c.equals("h")) {
                    help = true;
                    shorthands = shorthands.substring(1);
                    continue;
                }
                throw CobraError.flag(command.path(), "unknown shorthand flag: '" + c + "' in " + s);
            }
            String rest = shorthands.substring(1);
            String value;
            if (rest.startsWith("=")) {
                value = rest.substring(1);
                shorthands = "";
            } else if (!flag.takesValue()) {
                value = flag.noOptDefault();
                shorthands = rest;
            } else if (!rest.isEmpty()) {
                value = rest;
                shorthands = "";
            } else if (index + 1 < args.size()) {
                value = args.get(++index);
                shorthands = "";
            } else {
                throw CobraError.flag(command.path(), "flag needs an argument: '" + c + "' in " + s);
            }
            set(command, parsed, flag, value);
        }
        return help ? -index - 1 : index;
    }

    private static void set(CommandNode command, ParsedFlags parsed, Flag flag, String value) {
        switch (flag.kind()) {
            case BOOL -> {
                if (!isGoBool(value)) {
                    throw invalid(command, flag, value, "strconv.ParseBool: parsing " + quote(value) + ": invalid syntax");
                }
                value = Boolean.toString(value.equals("1") || value.equalsIgnoreCase("t") || value.equalsIgnoreCase("true"));
            }
            case INT -> {
                try {
                    Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw invalid(command, flag, value, "strconv.ParseInt: parsing " + quote(value) + ": invalid syntax");
                }
            }
            case DURATION -> {
                try {
                    GoDurations.parse(value);
                } catch (IllegalArgumentException e) {
                    throw invalid(command, flag, value, e.getMessage());
                }
            }
            default -> {
            }
        }
        parsed.set(flag, value);
    }

    private static boolean isGoBool(String v) {
        return List.of("1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False").contains(v);
    }

    private static CobraError invalid(CommandNode command, Flag flag, String value, String why) {
        return CobraError.flag(command.path(), "invalid argument " + quote(value) + " for " + quote(flag.displayName())
                + " flag: " + why);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
