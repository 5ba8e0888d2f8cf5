package dev.rbaclab.console;

import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.pods.PodRuntime;
import dev.rbaclab.cluster.pods.shell.ApiEndpoint;
import dev.rbaclab.cluster.pods.shell.Command;
import dev.rbaclab.cluster.pods.shell.Shell;
import dev.rbaclab.cluster.pods.shell.ShellContext;
import dev.rbaclab.cluster.sandbox.SandboxService;
import dev.rbaclab.cluster.server.ApiRequest;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.cluster.server.ApiServer;
import dev.rbaclab.cluster.server.PodGateway;
import dev.rbaclab.cluster.server.Source;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.kubectl.ApiTransport;
import dev.rbaclab.kubectl.Kubectl;
import dev.rbaclab.kubectl.config.KubeconfigState;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a learner's console: the workstation (a shell with kubectl, curl and the usual tools, home {@code /root},
 * reaching the API server at the lab's public address) and the console kubectl, whose requests go into the
 * pipeline as {@link Source#CONSOLE} and only ever to the learner's own sandbox.
 */
public final class Workstations {

    static final String HOME = "/root";
    private static final Map<String, String> ENVIRONMENT = Map.of("HOME", HOME, "PATH",
            "/usr/local/bin:/usr/bin:/bin", "USER", "learner", "TERM", "xterm-256color");

    private final ApiServer apiServer;
    private final PodRuntime pods;
    private final SandboxService sandboxes;
    private final String caPem;
    private final String apiAddress;
    private final Completions completions;

    public Workstations(ApiServer apiServer, PodRuntime pods, SandboxService sandboxes, String caPem, String apiAddress,
                        Completions completions) {
        this.apiServer = apiServer;
        this.pods = pods;
        this.sandboxes = sandboxes;
        this.caPem = caPem;
        this.apiAddress = apiAddress;
        this.completions = completions;
    }

    Completions completions() {
        return completions;
    }

    ConsoleSession open(String learnerId, Sandbox sandbox, Optional<ConsoleState> saved) {
        return open(learnerId, sandbox, saved, Source.CONSOLE);
    }

    /**
     * A throwaway admin console whose requests are the lab's own ({@link Source#LAB}): for the commands of a
     * step's setup, which must not count as the learner's requests.
     */
    public ShellRunner labConsole(Sandbox sandbox) {
        ConsoleSession session = open("lab", sandbox, Optional.empty(), Source.LAB);
        return script -> session.workstation().runScript(script);
    }

    /** Runs a script in a console. */
    @FunctionalInterface
    public interface ShellRunner {
        dev.rbaclab.cluster.pods.shell.ShellResult run(String script);
    }

    private ConsoleSession open(String learnerId, Sandbox sandbox, Optional<ConsoleState> saved, Source source) {
        KubeconfigState fromSandbox = KubeconfigState.parse(sandboxes.describe(sandbox).kubeconfig());
        KubeconfigState kubeconfig = saved.map(s -> Console.merged(s.kubeconfig(), fromSandbox)).orElse(fromSandbox);
        ConsoleSession session = new ConsoleSession(learnerId, sandbox, kubeconfig);
        session.kubectl(new Kubectl(transport(sandbox, source), new ConsolePodExec(apiServer, pods, session),
                (identity, address, port) -> {
                    Shell shell = session.workstation();
                    shell.context(shell.context().withProxyToken(identity.token()));
                    return "Starting to serve on " + address + ":" + port;
                }));
        session.workstation(newShell(session, source));
        saved.ifPresent(state -> {
            state.files().forEach(session.workstation()::writeFile);
            if (session.workstation().isDirectory(state.cwd())) {
                session.workstation().cd(state.cwd());
            }
        });
        return session;
    }

    /** A fresh workstation shell after {@code exit}, keeping the files and directory of the old one. */
    void restartShell(ConsoleSession session) {
        Shell old = session.workstation();
        Shell shell = newShell(session, Source.CONSOLE);
        shell.context(old.context());
        old.writtenFiles().forEach(shell::writeFile);
        shell.cd(old.cwd());
        session.workstation(shell);
    }

    private Shell newShell(ConsoleSession session, Source source) {
        Sandbox sandbox = session.sandbox();
        int colon = apiAddress.lastIndexOf(':');
        String host = colon < 0 ? apiAddress : apiAddress.substring(0, colon);
        int port = colon < 0 ? 443 : Integer.parseInt(apiAddress.substring(colon + 1));
        ShellContext context = new ShellContext(sandbox.id(), "workstation", Map.of(), ENVIRONMENT, caPem, null,
                new PodGateway(apiServer, source),
                new ApiEndpoint(new java.util.HashSet<>(List.of(host.toLowerCase(), "localhost", "127.0.0.1")), port, "/clusters/" + sandbox.id()));
        Map<String, Command> commands = Map.of(
                "kubectl", new KubectlCommand(session),
                "help", new HelpCommand(session));
        Shell shell = new Shell(context, commands);
        shell.cd(HOME);
        return shell;
    }

    /** The console kubectl reaches only its own sandbox; any other is a path nobody serves, as for a wrong id. */
    private ApiTransport transport(Sandbox sandbox, Source source) {
        return request -> {
            if (!sandbox.id().equals(request.sandboxId())) {
                return notServed(request);
            }
            return apiServer.serve(request.source() == source ? request : new ApiRequest(request.method(),
                    request.sandboxId(), request.path(), request.query(), request.headers(), request.body(), source));
        };
    }

    private static ApiResponse notServed(ApiRequest request) {
        return ApiResponse.status(ApiException.pathNotFound().status());
    }

    /** Where the editor's file name goes on the workstation: under the home directory, or null if it is unusable. */
    static String filePath(Shell shell, String name) {
        if (name == null || name.isBlank() || name.length() > 200 || name.contains("\0")) {
            return null;
        }
        String path = shell.resolve(name.startsWith("/") || name.startsWith("~") ? name.replaceFirst("^~", HOME)
                : HOME + "/" + name);
        return path.startsWith(HOME + "/") || path.startsWith("/tmp/") ? path : null;
    }
}
