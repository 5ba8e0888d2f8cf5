package dev.rbaclab.cluster.pods.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One shell session in one container. Keeps variables, the working directory, the last exit status and the files
 * it wrote (the mounts are read-only). Lines are run one at a time, as typed at the prompt or given to sh -c.
 */
public final class Shell {

    /** sh prints this prompt as root (busybox). */
    public static final String PROMPT = "/ # ";

    private static final int MAX_DEPTH = 20;
    private static final int MAX_OUTPUT = 1 << 20;

    private ShellContext context;
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final Set<String> exported = new java.util.LinkedHashSet<>();
    private final Map<String, String> written = new HashMap<>();
    private final Map<String, Command> commands;
    private String cwd = "/";
    private int lastStatus;
    private boolean exited;
    private final java.util.ArrayDeque<HereDocument> hereDocuments = new java.util.ArrayDeque<>();
    private int depth;

    public Shell(ShellContext context) {
        this(context, Map.of());
    }

    /** A shell that also knows {@code extraCommands} (the console's workstation adds kubectl, help, ...). */
    public Shell(ShellContext context, Map<String, Command> extraCommands) {
        this.context = context;
        context.environment().forEach((k, v) -> {
            variables.put(k, v);
            exported.add(k);
        });
        Map<String, Command> all = Commands.all();
        all.putAll(extraCommands);
        this.commands = Map.copyOf(all);
    }

    public ShellContext context() {
        return context;
    }

    /** Replaces what the shell runs in (e.g. a kubectl proxy started on the workstation), keeping its state. */
    public void context(ShellContext value) {
        this.context = value;
    }

    /**
     * Runs a script of one or more lines as sh reads them: backslash-newline continues a line, and a here-document
     * ({@code <<EOF} ... {@code EOF}, {@code <<'EOF'} without expansion, {@code <<-EOF} without leading tabs) feeds
     * the lines up to its delimiter to the command's stdin. Stops after {@code exit}.
     */
    public ShellResult runScript(String script) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        List<String> lines = new ArrayList<>(List.of(script.replace("\r\n", "\n").split("\n", -1)));
        int i = 0;
        while (i < lines.size() && !exited) {
            StringBuilder line = new StringBuilder(lines.get(i++));
            while (line.length() > 0 && line.charAt(line.length() - 1) == '\\' && i < lines.size()) {
                line.setLength(line.length() - 1);
                line.append(lines.get(i++));
            }
            hereDocuments.clear();
            try {
                for (HereDocument.Marker marker : HereDocument.markers(line.toString())) {
                    StringBuilder body = new StringBuilder();
                    boolean closed = false;
                    while (i < lines.size()) {
                        String bodyLine = lines.get(i++);
                        String compared = marker.stripTabs() ? bodyLine.replaceFirst("^\t+", "") : bodyLine;
                        if (compared.equals(marker.delimiter())) {
                            closed = true;
                            break;
                        }
                        body.append(compared).append('\n');
                    }
                    if (!closed) {
                        err.append("sh: warning: here-document delimited by end-of-file (wanted `")
                                .append(marker.delimiter()).append("')\n");
                    }
                    hereDocuments.add(new HereDocument(body.toString(), marker.expand()));
                }
                ShellResult result = run(line.toString());
                out.append(result.stdout());
                err.append(result.stderr());
            } catch (ShellSyntaxError e) {
                err.append("sh: ").append(e.getMessage()).append('\n');
                lastStatus = 2;
            }
        }
        hereDocuments.clear();
        return new ShellResult(limit(out), limit(err), lastStatus, exited);
    }

    public boolean exited() {
        return exited;
    }

    /** Runs one command line. */
    public ShellResult run(String line) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        try {
            lastStatus = execute(line, "", out, err);
        } catch (ShellSyntaxError e) {
            err.append("sh: ").append(e.getMessage()).append('\n');
            lastStatus = 2;
        } catch (ShellExit e) {
            lastStatus = e.status();
            exited = true;
        }
        return new ShellResult(limit(out), limit(err), lastStatus, exited);
    }

    int execute(String line, String stdin, StringBuilder out, StringBuilder err) {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw new ShellSyntaxError("too deeply nested");
        }
        try {
            List<Token> tokens = Lexer.tokens(line);
            int status = lastStatus;
            Token.Kind previousOperator = Token.Kind.SEMICOLON;
            List<List<Token>> pipeline = new ArrayList<>();
            List<Token> current = new ArrayList<>();
            for (int i = 0; i <= tokens.size(); i++) {
                Token token = i < tokens.size() ? tokens.get(i) : null;
                if (token != null && token.kind() == Token.Kind.PIPE) {
                    pipeline.add(current);
                    current = new ArrayList<>();
                    continue;
                }
                boolean endOfList = token == null || token.kind() == Token.Kind.AND || token.kind() == Token.Kind.OR
                        || token.kind() == Token.Kind.SEMICOLON;
                if (!endOfList) {
                    current.add(token);
                    continue;
                }
                pipeline.add(current);
                boolean run = previousOperator == Token.Kind.SEMICOLON
                        || (previousOperator == Token.Kind.AND && status == 0)
                        || (previousOperator == Token.Kind.OR && status != 0);
                if (run && !(pipeline.size() == 1 && pipeline.get(0).isEmpty())) {
                    status = runPipeline(pipeline, stdin, out, err);
                    lastStatus = status;
                }
                pipeline = new ArrayList<>();
                current = new ArrayList<>();
                previousOperator = token == null ? Token.Kind.SEMICOLON : token.kind();
            }
            return status;
        } finally {
            depth--;
        }
    }

    private int runPipeline(List<List<Token>> commandsInPipeline, String stdin, StringBuilder out, StringBuilder err) {
        String input = stdin;
        int status = 0;
        for (int i = 0; i < commandsInPipeline.size(); i++) {
            boolean last = i == commandsInPipeline.size() - 1;
            StringBuilder commandOut = last ? out : new StringBuilder();
            status = runCommand(commandsInPipeline.get(i), input, commandOut, err);
            input = last ? "" : commandOut.toString();
        }
        return status;
    }

    private int runCommand(List<Token> tokens, String stdin, StringBuilder out, StringBuilder err) {
        Expander expander = new Expander(this);
        List<String> words = new ArrayList<>();
        Redirections redirections = new Redirections();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Token.Kind.REDIRECT) {
                if (token.text().equals("2>&1")) {
                    redirections.stderrToStdout = true;
                    continue;
                }
                if (i + 1 >= tokens.size()) {
                    throw new ShellSyntaxError("syntax error: unexpected newline");
                }
                String target = tokens.get(++i).text();
                if (token.text().startsWith("<<")) {
                    HereDocument document = hereDocuments.poll();
                    if (document == null) {
                        throw new ShellSyntaxError("syntax error: here-document needs its lines");
                    }
                    redirections.hereDocument = document.expand() ? expander.hereDocument(document.body()) : document.body();
                    continue;
                }
                redirections.add(token.text(), String.join(" ", expander.expand(target)));
                continue;
            }
            words.addAll(expander.expand(token.text()));
        }
        int firstCommandWord = 0;
        while (firstCommandWord < words.size() && isAssignment(words.get(firstCommandWord))) {
            firstCommandWord++;
        }
        if (firstCommandWord == words.size()) {
            words.forEach(assignment -> {
                int eq = assignment.indexOf('=');
                variables.put(assignment.substring(0, eq), assignment.substring(eq + 1));
            });
            return 0;
        }
        List<String> args = words.subList(firstCommandWord, words.size());
        String input = redirections.hereDocument != null ? redirections.hereDocument : stdin;
        if (redirections.input != null) {
            String content = read(redirections.input);
            if (content == null) {
                return new Invocation(args, "", out, err, this).fail("sh: can't open '" + redirections.input
                        + "': No such file or directory", 1);
            }
            input = content;
        }
        StringBuilder commandOut = redirections.output != null ? new StringBuilder() : out;
        StringBuilder commandErr = redirections.stderrToStdout ? commandOut
                : redirections.errorOutput != null ? new StringBuilder() : err;
        Command command = commands.get(args.get(0));
        int status;
        if (command == null) {
            status = new Invocation(args, input, commandOut, commandErr, this).fail("sh: " + args.get(0) + ": not found", 127);
        } else {
            status = command.run(new Invocation(new ArrayList<>(args), input, commandOut, commandErr, this));
        }
        if (redirections.output != null && !write(redirections.output, commandOut.toString(), redirections.append, err)) {
            return 1;
        }
        if (redirections.errorOutput != null) {
            write(redirections.errorOutput, commandErr.toString(), false, err);
        }
        return status;
    }

    /** The stdout of a command substitution, trailing newlines removed. */
    String capture(String line) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        lastStatus = execute(line, "", out, err);
        String text = out.toString();
        while (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    String variable(String name) {
        return variables.getOrDefault(name, "");
    }

    void setVariable(String name, String value, boolean export) {
        variables.put(name, value);
        if (export) {
            exported.add(name);
        }
    }

    void unset(String name) {
        variables.remove(name);
        exported.remove(name);
    }

    void export(String name) {
        exported.add(name);
        variables.putIfAbsent(name, "");
    }

    public Map<String, String> environment() {
        Map<String, String> env = new TreeMap<>();
        for (String name : exported) {
            if (variables.containsKey(name)) {
                env.put(name, variables.get(name));
            }
        }
        return env;
    }

    public int lastStatus() {
        return lastStatus;
    }

    public String cwd() {
        return cwd;
    }

    public void cd(String path) {
        cwd = path;
    }

    public String resolve(String path) {
        return Paths.normalize(path.startsWith("/") ? path : cwd + "/" + path);
    }

    /** A file's content, or null when there is no such file. */
    public String read(String path) {
        String resolved = resolve(path);
        if (written.containsKey(resolved)) {
            return written.get(resolved);
        }
        return context.files().get(resolved);
    }

    public boolean isDirectory(String path) {
        String resolved = resolve(path);
        if (resolved.equals("/")) {
            return true;
        }
        String prefix = resolved + "/";
        return context.files().keySet().stream().anyMatch(f -> f.startsWith(prefix))
                || written.keySet().stream().anyMatch(f -> f.startsWith(prefix))
                || Paths.STANDARD_DIRECTORIES.contains(resolved);
    }

    /** Names directly inside a directory, sorted. */
    List<String> list(String path) {
        String resolved = resolve(path);
        String prefix = resolved.equals("/") ? "/" : resolved + "/";
        TreeMap<String, Boolean> names = new TreeMap<>();
        for (String file : allFiles()) {
            if (file.startsWith(prefix)) {
                names.put(file.substring(prefix.length()).split("/")[0], Boolean.TRUE);
            }
        }
        if (resolved.equals("/")) {
            Paths.ROOT_ENTRIES.forEach(e -> names.put(e, Boolean.TRUE));
        }
        return new ArrayList<>(names.keySet());
    }

    /** Every file the shell can read (its context's and those it wrote), by absolute path. */
    public Map<String, String> readableFiles() {
        Map<String, String> all = new TreeMap<>(context.files());
        all.putAll(written);
        return all;
    }

    /** Files the shell wrote (the context's files are read-only), by absolute path. */
    public Map<String, String> writtenFiles() {
        return new TreeMap<>(written);
    }

    /** Writes a file as a command would (an editor saving into the working directory). */
    public boolean writeFile(String path, String content) {
        return write(path, content, false, new StringBuilder());
    }

    private List<String> allFiles() {
        List<String> all = new ArrayList<>(context.files().keySet());
        all.addAll(written.keySet());
        return all;
    }

    boolean writeFile(String path, String content, StringBuilder err) {
        return write(path, content, false, err);
    }

    /**
     * Runs a command given as argv, without a shell (what {@code kubectl exec pod -- cmd args} does): no expansion,
     * no operators.
     */
    public ShellResult runArgv(List<String> argv, String stdin) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Command command = commands.get(argv.get(0).replaceFirst("^/(usr/)?s?bin/", ""));
        if (command == null) {
            return null;
        }
        try {
            List<String> args = new ArrayList<>(argv);
            args.set(0, argv.get(0).replaceFirst("^/(usr/)?s?bin/", ""));
            lastStatus = command.run(new Invocation(args, stdin, out, err, this));
        } catch (ShellSyntaxError e) {
            err.append("sh: ").append(e.getMessage()).append('\n');
            lastStatus = 2;
        } catch (ShellExit e) {
            lastStatus = e.status();
            exited = true;
        }
        return new ShellResult(limit(out), limit(err), lastStatus, exited);
    }

    private boolean write(String path, String content, boolean append, StringBuilder err) {
        String resolved = resolve(path);
        if (resolved.equals("/dev/null")) {
            return true;
        }
        if (context.files().containsKey(resolved) || !Paths.isWritable(resolved)) {
            err.append("sh: can't create ").append(path).append(": Read-only file system\n");
            return false;
        }
        written.put(resolved, append ? written.getOrDefault(resolved, "") + content : content);
        return true;
    }

    private static boolean isAssignment(String word) {
        int eq = word.indexOf('=');
        return eq > 0 && word.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    private static String limit(StringBuilder text) {
        return text.length() > MAX_OUTPUT ? text.substring(0, MAX_OUTPUT) : text.toString();
    }

    /** The redirections of one command. */
    private static final class Redirections {
        String output;
        String errorOutput;
        String input;
        String hereDocument;
        boolean append;
        boolean stderrToStdout;

        void add(String operator, String target) {
            switch (operator) {
                case ">" -> output = target;
                case ">>" -> {
                    output = target;
                    append = true;
                }
                case "2>" -> errorOutput = target;
                case "<" -> input = target;
                default -> throw new ShellSyntaxError("syntax error: unexpected \"" + operator + "\"");
            }
        }
    }
}
