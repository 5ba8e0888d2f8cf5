package dev.rbaclab.cluster.pods.shell;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** base64, cut, tr, wc and grep: the filters a learner pipes a token or a response into. */
final class TextCommands {

    private TextCommands() {
    }

    static void register(Map<String, Command> commands) {
        commands.put("base64", TextCommands::base64);
        commands.put("cut", TextCommands::cut);
        commands.put("tr", TextCommands::tr);
        commands.put("wc", TextCommands::wc);
        commands.put("grep", TextCommands::grep);
    }

    private static String input(Invocation in, List<String> files) {
        if (files.isEmpty() || files.get(0).equals("-")) {
            return in.stdin();
        }
        return in.shell().read(files.get(0));
    }

    private static int base64(Invocation in) {
        boolean decode = false;
        List<String> files = new ArrayList<>();
        for (String operand : in.operands()) {
            if (operand.equals("-d") || operand.equals("--decode")) {
                decode = true;
            } else {
                files.add(operand);
            }
        }
        String text = input(in, files);
        if (text == null) {
            return in.fail("base64: can't open '" + files.get(0) + "': No such file or directory", 1);
        }
        if (decode) {
            try {
                String cleaned = text.replaceAll("\\s", "");
                in.out().append(new String(Base64.getMimeDecoder().decode(cleaned), StandardCharsets.UTF_8));
                return 0;
            } catch (IllegalArgumentException e) {
                return in.fail("base64: invalid input", 1);
            }
        }
        String encoded = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < encoded.length(); i += 76) {
            in.out().append(encoded, i, Math.min(encoded.length(), i + 76)).append('\n');
        }
        return 0;
    }

    /** cut -d X -f LIST, or -c LIST; LIST like 1, 2-3, 2-. */
    private static int cut(Invocation in) {
        String delimiter = "\t";
        String fields = null;
        String characters = null;
        List<String> files = new ArrayList<>();
        List<String> operands = in.operands();
        for (int i = 0; i < operands.size(); i++) {
            String operand = operands.get(i);
            if (operand.startsWith("-d")) {
                delimiter = operand.length() > 2 ? operand.substring(2) : operands.get(++i);
            } else if (operand.startsWith("-f")) {
                fields = operand.length() > 2 ? operand.substring(2) : operands.get(++i);
            } else if (operand.startsWith("-c")) {
                characters = operand.length() > 2 ? operand.substring(2) : operands.get(++i);
            } else {
                files.add(operand);
            }
        }
        if (fields == null && characters == null) {
            return in.fail("cut: expected a list of bytes, characters, or fields", 1);
        }
        String text = input(in, files);
        if (text == null) {
            return in.fail("cut: " + files.get(0) + ": No such file or directory", 1);
        }
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty() && text.endsWith("\n")) {
                continue;
            }
            if (characters != null) {
                in.out().append(select(List.of(line.split("")), characters, "")).append('\n');
            } else if (!line.contains(delimiter)) {
                in.out().append(line).append('\n');
            } else {
                in.out().append(select(List.of(line.split(Pattern.quote(delimiter), -1)), fields, delimiter)).append('\n');
            }
        }
        return 0;
    }

    private static String select(List<String> parts, String list, String joiner) {
        List<String> chosen = new ArrayList<>();
        for (int i = 1; i <= parts.size(); i++) {
            if (inList(i, list)) {
                chosen.add(parts.get(i - 1));
            }
        }
        return String.join(joiner, chosen);
    }

    private static boolean inList(int index, String list) {
        for (String range : list.split(",")) {
            String[] bounds = range.split("-", -1);
            int from = bounds[0].isEmpty() ? 1 : Integer.parseInt(bounds[0]);
            int to = bounds.length == 1 ? from : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
            if (index >= from && index <= to) {
                return true;
            }
        }
        return false;
    }

    /** tr SET1 SET2 or tr -d SET (plain characters and a-z style ranges). */
    private static int tr(Invocation in) {
        List<String> operands = in.operands();
        if (operands.isEmpty()) {
            return in.fail("tr: missing operand", 1);
        }
        if (operands.get(0).equals("-d")) {
            String delete = expand(operands.size() > 1 ? operands.get(1) : "");
            StringBuilder out = new StringBuilder();
            in.stdin().chars().filter(c -> delete.indexOf(c) < 0).forEach(c -> out.append((char) c));
            in.out().append(out);
            return 0;
        }
        String from = expand(operands.get(0));
        String to = expand(operands.size() > 1 ? operands.get(1) : "");
        StringBuilder out = new StringBuilder();
        for (char c : in.stdin().toCharArray()) {
            int at = from.indexOf(c);
            out.append(at < 0 || to.isEmpty() ? c : to.charAt(Math.min(at, to.length() - 1)));
        }
        in.out().append(out);
        return 0;
    }

    private static String expand(String set) {
        String unescaped = set.replace("\\n", "\n").replace("\\t", "\t");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < unescaped.length(); i++) {
            if (i + 2 < unescaped.length() && unescaped.charAt(i + 1) == '-') {
                for (char c = unescaped.charAt(i); c <= unescaped.charAt(i + 2); c++) {
                    out.append(c);
                }
                i += 2;
            } else {
                out.append(unescaped.charAt(i));
            }
        }
        return out.toString();
    }

    private static int wc(Invocation in) {
        String text = in.stdin();
        long lines = text.chars().filter(c -> c == '\n').count();
        long words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        if (in.operands().contains("-l")) {
            in.out().append(lines).append('\n');
        } else if (in.operands().contains("-c")) {
            in.out().append(text.getBytes(StandardCharsets.UTF_8).length).append('\n');
        } else if (in.operands().contains("-w")) {
            in.out().append(words).append('\n');
        } else {
            in.out().append(String.format("%7d %7d %7d%n", lines, words, text.getBytes(StandardCharsets.UTF_8).length));
        }
        return 0;
    }

    private static int grep(Invocation in) {
        List<String> operands = new ArrayList<>(in.operands());
        boolean invert = operands.remove("-v");
        boolean ignoreCase = operands.remove("-i");
        boolean count = operands.remove("-c");
        boolean quiet = operands.remove("-q");
        if (operands.isEmpty()) {
            return in.fail("Usage: grep [-civq] PATTERN [FILE]", 2);
        }
        Pattern pattern = Pattern.compile(operands.get(0), ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        String text = input(in, operands.subList(1, operands.size()));
        if (text == null) {
            return in.fail("grep: " + operands.get(1) + ": No such file or directory", 2);
        }
        int matches = 0;
        for (String line : text.split("\n")) {
            if (pattern.matcher(line).find() != invert) {
                if (!count && !quiet) {
                    in.out().append(line).append('\n');
                }
                matches++;
            }
        }
        if (count) {
            in.out().append(matches).append('\n');
        }
        return matches > 0 ? 0 : 1;
    }
}
