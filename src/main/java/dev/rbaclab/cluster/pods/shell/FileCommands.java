package dev.rbaclab.cluster.pods.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** cat, ls, head and tail over the container's files, with busybox's messages. */
final class FileCommands {

    private FileCommands() {
    }

    static void register(Map<String, Command> commands) {
        commands.put("cat", FileCommands::cat);
        commands.put("ls", FileCommands::ls);
        commands.put("head", in -> slice(in, true));
        commands.put("tail", in -> slice(in, false));
    }

    private static int cat(Invocation in) {
        if (in.operands().isEmpty()) {
            in.out().append(in.stdin());
            return 0;
        }
        int status = 0;
        for (String file : in.operands()) {
            String content = in.shell().read(file);
            if (content != null) {
                in.out().append(content);
            } else if (in.shell().isDirectory(file)) {
                status = in.fail("cat: read error: Is a directory", 1);
            } else {
                status = in.fail("cat: can't open '" + file + "': No such file or directory", 1);
            }
        }
        return status;
    }

    private static int ls(Invocation in) {
        List<String> paths = new ArrayList<>();
        boolean all = false;
        for (String operand : in.operands()) {
            if (operand.startsWith("-")) {
                all |= operand.contains("a");
            } else {
                paths.add(operand);
            }
        }
        if (paths.isEmpty()) {
            paths.add(".");
        }
        int status = 0;
        for (String path : paths) {
            if (in.shell().read(path) != null) {
                in.out().append(path).append('\n');
            } else if (in.shell().isDirectory(path)) {
                if (paths.size() > 1) {
                    in.out().append(path).append(":\n");
                }
                List<String> names = new ArrayList<>();
                if (all) {
                    names.add(".");
                    names.add("..");
                }
                names.addAll(in.shell().list(path));
                names.forEach(n -> in.out().append(n).append('\n'));
            } else {
                status = in.fail("ls: " + path + ": No such file or directory", 1);
            }
        }
        return status;
    }

    /** head/tail with -n N (lines, default 10) or -c N (bytes). */
    private static int slice(Invocation in, boolean head) {
        int lines = 10;
        int bytes = -1;
        List<String> files = new ArrayList<>();
        List<String> operands = in.operands();
        for (int i = 0; i < operands.size(); i++) {
            String operand = operands.get(i);
            if ((operand.equals("-n") || operand.equals("-c")) && i + 1 < operands.size()) {
                int value = Math.abs(ShellBuiltins.parse(operands.get(++i).replace("+", "")));
                if (operand.equals("-n")) {
                    lines = value;
                } else {
                    bytes = value;
                }
            } else if (operand.matches("-\\d+")) {
                lines = Integer.parseInt(operand.substring(1));
            } else {
                files.add(operand);
            }
        }
        String text = in.stdin();
        if (!files.isEmpty()) {
            text = in.shell().read(files.get(0));
            if (text == null) {
                return in.fail((head ? "head" : "tail") + ": " + files.get(0) + ": No such file or directory", 1);
            }
        }
        if (bytes >= 0) {
            in.out().append(head ? text.substring(0, Math.min(bytes, text.length()))
                    : text.substring(Math.max(0, text.length() - bytes)));
            return 0;
        }
        List<String> all = List.of(text.split("(?<=\n)"));
        List<String> chosen = head ? all.subList(0, Math.min(lines, all.size()))
                : all.subList(Math.max(0, all.size() - lines), all.size());
        chosen.forEach(in.out()::append);
        return 0;
    }
}
