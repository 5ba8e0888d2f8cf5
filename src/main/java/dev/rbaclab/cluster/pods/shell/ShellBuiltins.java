package dev.rbaclab.cluster.pods.shell;

import java.util.List;
import java.util.Map;

/** Builtins of sh: echo, env, export, unset, cd, pwd, exit, sh -c, and the identity commands of a root container. */
final class ShellBuiltins {

    private ShellBuiltins() {
    }

    static void register(Map<String, Command> commands) {
        commands.put("echo", ShellBuiltins::echo);
        commands.put("env", in -> printEnvironment(in, List.of()));
        commands.put("printenv", in -> printEnvironment(in, in.operands()));
        commands.put("export", ShellBuiltins::export);
        commands.put("unset", in -> {
            in.operands().forEach(in.shell()::unset);
            return 0;
        });
        commands.put("cd", ShellBuiltins::cd);
        commands.put("pwd", in -> {
            in.out().append(in.shell().cwd()).append('\n');
            return 0;
        });
        commands.put("exit", in -> {
            throw new ShellExit(in.operands().isEmpty() ? in.shell().lastStatus() : parse(in.operands().get(0)));
        });
        commands.put("sh", ShellBuiltins::sh);
        commands.put("true", in -> 0);
        commands.put("false", in -> 1);
        commands.put("sleep", in -> 0);
        commands.put("clear", in -> {
            in.out().append("\u001b[H\u001b[J");
            return 0;
        });
        commands.put("hostname", in -> {
            in.out().append(in.shell().context().hostname()).append('\n');
            return 0;
        });
        commands.put("whoami", in -> {
            in.out().append("root\n");
            return 0;
        });
        commands.put("id", in -> {
            in.out().append("uid=0(root) gid=0(root) groups=0(root),10(wheel)\n");
            return 0;
        });
    }

    private static int echo(Invocation in) {
        List<String> words = in.operands();
        boolean newline = true;
        if (!words.isEmpty() && words.get(0).equals("-n")) {
            newline = false;
            words = words.subList(1, words.size());
        }
        in.out().append(String.join(" ", words));
        if (newline) {
            in.out().append('\n');
        }
        return 0;
    }

    private static int printEnvironment(Invocation in, List<String> names) {
        Map<String, String> env = in.shell().environment();
        if (names.isEmpty()) {
            env.forEach((k, v) -> in.out().append(k).append('=').append(v).append('\n'));
            return 0;
        }
        int status = 0;
        for (String name : names) {
            if (env.containsKey(name)) {
                in.out().append(env.get(name)).append('\n');
            } else {
                status = 1;
            }
        }
        return status;
    }

    private static int export(Invocation in) {
        if (in.operands().isEmpty()) {
            in.shell().environment().forEach((k, v) -> in.out().append("export ").append(k).append("='").append(v).append("'\n"));
            return 0;
        }
        for (String operand : in.operands()) {
            int eq = operand.indexOf('=');
            if (eq > 0) {
                in.shell().setVariable(operand.substring(0, eq), operand.substring(eq + 1), true);
            } else {
                in.shell().export(operand);
            }
        }
        return 0;
    }

    private static int cd(Invocation in) {
        String target = in.operands().isEmpty() ? "/root" : in.operands().get(0);
        if (!in.shell().isDirectory(target)) {
            return in.fail("sh: cd: can't cd to " + target + ": No such file or directory", 2);
        }
        in.shell().cd(in.shell().resolve(target));
        return 0;
    }

    /** {@code sh -c "..."} runs the line; plain {@code sh} in a session is the same shell. */
    private static int sh(Invocation in) {
        List<String> operands = in.operands();
        if (operands.size() >= 2 && operands.get(0).equals("-c")) {
            return in.shell().execute(operands.get(1), in.stdin(), in.out(), in.err());
        }
        if (!in.stdin().isEmpty()) {
            return in.shell().execute(in.stdin(), "", in.out(), in.err());
        }
        return 0;
    }

    static int parse(String number) {
        try {
            return Integer.parseInt(number) & 0xff;
        } catch (NumberFormatException e) {
            return 2;
        }
    }
}
