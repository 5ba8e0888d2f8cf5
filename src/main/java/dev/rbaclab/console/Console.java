package dev.rbaclab.console;

import dev.rbaclab.cluster.pods.shell.ShellResult;
import dev.rbaclab.cluster.store.AuditEvent;
import dev.rbaclab.cluster.store.AuditLog;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.kubectl.CommandResult;
import dev.rbaclab.kubectl.config.KubeconfigState;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The browser console of every learner. A command line runs in the learner's workstation shell (kubectl, curl,
 * heredocs, pipes) or, after {@code kubectl exec -it}, in a pod's shell; the API requests it made are found in the
 * audit log, and the command, its output and the console's state are saved so that a reload or a restart finds
 * them again.
 */
public final class Console {

    /** Requests a command may list in the "why" panel; a script that makes more shows its latest. */
    private static final int MAX_REQUESTS = 50;
    private static final String CLEAR_SCREEN = "\u001b[H\u001b[J";
    private static final Set<String> INTERACTIVE_SOURCES = Set.of("CONSOLE", "POD");
    private static final int MAX_SESSIONS = 2000;

    private final Workstations workstations;
    private final ConsoleHistoryRepository history;
    private final ConsoleStateRepository states;
    private final AuditLog audit;
    private final Clock clock;
    private final CommandListener listener;
    private final Map<String, ConsoleSession> sessions = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ConsoleSession> eldest) {
                    return size() > MAX_SESSIONS;
                }
            });

    public Console(Workstations workstations, ConsoleHistoryRepository history, ConsoleStateRepository states, AuditLog audit,
                   Clock clock, CommandListener listener) {
        this.listener = listener;
        this.workstations = workstations;
        this.history = history;
        this.states = states;
        this.audit = audit;
        this.clock = clock;
    }

    /** Runs what the learner typed (one line, or several with a heredoc). */
    public ConsoleReply run(String learnerId, Sandbox sandbox, String input, Locale locale) {
        ConsoleSession session = session(learnerId, sandbox);
        synchronized (session) {
            session.locale(locale);
            String prompt = session.prompt();
            long before = audit.lastId(sandbox.id());
            ShellResult result = execute(session, input);
            Output output = Output.of(result.stdout(), result.stderr());
            return finish(session, prompt, input, output, result.status(), before, null);
        }
    }

    /** The learner saved (or cancelled, by saving it unchanged) the buffer {@code kubectl edit} opened. */
    public ConsoleReply finishEdit(String learnerId, Sandbox sandbox, String buffer, Locale locale) {
        ConsoleSession session = session(learnerId, sandbox);
        synchronized (session) {
            session.locale(locale);
            PendingEdit pending = session.pendingEdit();
            if (pending == null) {
                return finish(session, "", "", Output.of("", dev.rbaclab.i18n.Messages.get(locale, "console.edit.none") + "\n"), 1,
                        audit.lastId(sandbox.id()), null);
            }
            session.pendingEdit(null);
            long before = audit.lastId(sandbox.id());
            CommandResult result = session.kubectl().finishEdit(pending.session(), buffer, pending.invocation());
            if (result.edit() != null) {
                // the server refused the change: kubectl reopens its editor with the reasons as comments
                session.pendingEdit(new PendingEdit(result.edit(), pending.invocation()));
            }
            return finish(session, "", "", Output.of(result.stdout(), result.stderr()), result.exitCode(), before,
                    editorOf(session));
        }
    }

    /** Saves a file on the workstation (the YAML pane's "Save"), relative to the home directory. */
    public Optional<String> saveFile(String learnerId, Sandbox sandbox, String name, String content) {
        ConsoleSession session = session(learnerId, sandbox);
        synchronized (session) {
            String path = Workstations.filePath(session.workstation(), name);
            if (path == null || !session.workstation().writeFile(path, content)) {
                return Optional.empty();
            }
            saveState(session);
            return Optional.of(path);
        }
    }

    /** The commands a page shows again after a reload, oldest first. */
    public List<HistoryEntry> history(String learnerId, String sandboxId) {
        return history.recent(learnerId, sandboxId, ConsoleHistoryRepository.SHOWN);
    }

    /** The prompt and context the console shows before the next command. */
    public ConsoleStatus status(String learnerId, Sandbox sandbox) {
        ConsoleSession session = session(learnerId, sandbox);
        synchronized (session) {
            return new ConsoleStatus(session.prompt(), session.contextLabel(), editorOf(session));
        }
    }

    /** Tab completion of the line typed so far. */
    public List<String> complete(String learnerId, Sandbox sandbox, String line) {
        ConsoleSession session = session(learnerId, sandbox);
        synchronized (session) {
            return workstations.completions().complete(session, line);
        }
    }

    /** Drops the in-memory sessions of a learner (their sandbox was reset). */
    public void forget(String learnerId) {
        synchronized (sessions) {
            sessions.keySet().removeIf(key -> key.startsWith(learnerId + "/"));
        }
    }

    private ShellResult execute(ConsoleSession session, String input) {
        Attached attached = session.attached();
        if (attached != null) {
            ShellResult result = attached.shell().runScript(input);
            if (!result.exited()) {
                return result;
            }
            session.attach(null);
            // what kubectl exec prints when the remote shell ends with a failure status
            String stderr = result.stderr() + (result.status() == 0 ? ""
                    : "command terminated with exit code " + result.status() + "\n");
            return new ShellResult(result.stdout(), stderr, result.status(), false);
        }
        ShellResult result = session.workstation().runScript(input);
        if (result.exited()) {
            // the console's own shell cannot end: a new one starts where the learner was, as a new terminal tab would
            workstations.restartShell(session);
            return new ShellResult(result.stdout(), result.stderr()
                    + dev.rbaclab.i18n.Messages.get(session.locale(), "console.exit_workstation") + "\n", result.status(), false);
        }
        return result;
    }

    private ConsoleReply finish(ConsoleSession session, String prompt, String input, Output output, int exitCode,
                                long auditBefore, ConsoleReply.Editor editorOverride) {
        Sandbox sandbox = session.sandbox();
        List<AuditEvent> events = new ArrayList<>(audit.recentBrief(sandbox.id(), auditBefore, MAX_REQUESTS));
        Collections.reverse(events);
        List<RequestSummary> requests = events.stream()
                .filter(e -> INTERACTIVE_SOURCES.contains(e.source()))
                .map(RequestSummary::of)
                .toList();
        Instant now = clock.instant();
        boolean denied = requests.stream().anyMatch(RequestSummary::denied);
        long id = history.append(session.learnerId(), sandbox.id(), now, prompt, input, output.stdout(),
                output.stderr(), exitCode, requests.stream().map(RequestSummary::auditId).toList(), denied);
        listener.ran(session.learnerId(), now, denied);
        saveState(session);
        ConsoleReply.Editor editor = editorOverride;
        if (editor == null && session.pendingEdit() != null && input.contains("edit")) {
            editor = editorOf(session);
        }
        return new ConsoleReply(id, prompt, input, output.stdout(), output.stderr(), exitCode, output.cleared(), requests,
                session.prompt(), session.contextLabel(), editor);
    }

    /** The editor pane's content while a kubectl edit waits (kubectl's temp file is /tmp/kubectl-edit-*.yaml). */
    private static ConsoleReply.Editor editorOf(ConsoleSession session) {
        PendingEdit pending = session.pendingEdit();
        return pending == null ? null : new ConsoleReply.Editor(pending.session().buffer(), "kubectl-edit.yaml");
    }

    /**
     * Keeps the kubeconfig, files and cwd across restarts. Most commands change none of them, and a write per command
     * was a tenth of the console's CPU (BENCHMARKS.md, load), so an unchanged state is not written again.
     */
    private void saveState(ConsoleSession session) {
        ConsoleState state = new ConsoleState(session.kubeconfig(), session.workstation().writtenFiles(),
                session.workstation().cwd());
        if (state.equals(session.savedState())) {
            return;
        }
        states.save(session.learnerId(), session.sandbox().id(), state, clock.instant());
        session.savedState(state);
    }

    private ConsoleSession session(String learnerId, Sandbox sandbox) {
        String key = learnerId + "/" + sandbox.id();
        synchronized (sessions) {
            ConsoleSession session = sessions.get(key);
            if (session == null) {
                Optional<ConsoleState> saved = states.load(learnerId, sandbox.id());
                session = workstations.open(learnerId, sandbox, saved);
                sessions.put(key, session);
            }
            return session;
        }
    }

    /** A command's output; a clear-screen sequence means the screen is wiped before what follows it. */
    private record Output(String stdout, String stderr, boolean cleared) {
        static Output of(String stdout, String stderr) {
            int clear = stdout.lastIndexOf(CLEAR_SCREEN);
            if (clear < 0) {
                return new Output(stdout, stderr, false);
            }
            return new Output(stdout.substring(clear + CLEAR_SCREEN.length()), stderr, true);
        }
    }

    /** Told about every command a learner ran (the classroom's live roster listens). */
    @FunctionalInterface
    public interface CommandListener {
        void ran(String learnerId, Instant at, boolean denied);

        CommandListener NONE = (learnerId, at, denied) -> {
        };
    }

    /** Used by {@link Workstations} to seed a console from the sandbox's kubeconfig. */
    static KubeconfigState merged(KubeconfigState saved, KubeconfigState sandbox) {
        KubeconfigState state = saved;
        for (KubeconfigState.User user : sandbox.users()) {
            if (state.user(user.name()).isEmpty()) {
                state = state.withUser(user);
            }
        }
        for (KubeconfigState.Context context : sandbox.contexts()) {
            if (state.context(context.name()).isEmpty()) {
                state = state.withContext(context);
            }
        }
        for (KubeconfigState.Cluster cluster : sandbox.clusters()) {
            if (state.cluster(cluster.name()).isEmpty()) {
                state = state.withCluster(cluster);
            }
        }
        return state;
    }
}
