package dev.rbaclab.kubectl.cmd;

import dev.rbaclab.kubectl.ApiTransport;
import dev.rbaclab.kubectl.EditSession;
import dev.rbaclab.kubectl.Invocation;
import dev.rbaclab.kubectl.KubectlProxy;
import dev.rbaclab.kubectl.PodExec;
import dev.rbaclab.kubectl.cli.CommandNode;
import dev.rbaclab.kubectl.cli.ParsedFlags;
import dev.rbaclab.kubectl.client.ClientIdentity;
import dev.rbaclab.kubectl.client.ConnectionRefused;
import dev.rbaclab.kubectl.client.RestClient;
import dev.rbaclab.kubectl.config.KubeconfigState;
import dev.rbaclab.kubectl.discovery.Discovery;
import dev.rbaclab.kubectl.discovery.RestMapper;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.ConfigurationInvalid;
import dev.rbaclab.kubectl.manifest.VirtualFiles;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a command can use: its flags and arguments, the output streams, the kubeconfig (with the global
 * flags applied, as clientcmd does), and — created on first use — the REST client, discovery and mapper.
 */
public final class CommandContext {

    private final CommandNode command;
    private final ParsedFlags flags;
    private final Invocation invocation;
    private final Output output = new Output();
    private final ApiTransport transport;
    private final Discovery discovery;
    private final PodExec exec;
    private final KubectlProxy proxy;
    private final List<Long> auditIds = new ArrayList<>();
    private KubeconfigState kubeconfig;
    private boolean kubeconfigChanged;
    private String kubeconfigPath;
    private EditSession edit;
    private RestClient client;
    private RestMapper mapper;

    public CommandContext(CommandNode command, ParsedFlags flags, Invocation invocation, ApiTransport transport,
                          Discovery discovery, PodExec exec, KubectlProxy proxy) {
        this.command = command;
        this.flags = flags;
        this.invocation = invocation;
        this.transport = transport;
        this.discovery = discovery;
        this.exec = exec;
        this.proxy = proxy;
        this.kubeconfig = invocation.kubeconfig();
    }

    public CommandNode command() {
        return command;
    }

    public ParsedFlags flags() {
        return flags;
    }

    public List<String> args() {
        return flags.args();
    }

    public Output out() {
        return output;
    }

    public Invocation invocation() {
        return invocation;
    }

    public VirtualFiles files() {
        return new VirtualFiles(invocation.files(), invocation.stdin());
    }

    public PodExec exec() {
        return exec;
    }

    public KubectlProxy proxy() {
        return proxy;
    }

    public List<Long> auditIds() {
        return auditIds;
    }

    public KubeconfigState kubeconfig() {
        return kubeconfig;
    }

    public void updateKubeconfig(KubeconfigState next) {
        kubeconfig = next;
        kubeconfigChanged = true;
    }

    public KubeconfigState changedKubeconfig() {
        return kubeconfigChanged ? kubeconfig : null;
    }

    /**
     * {@code --kubeconfig FILE}: the command uses that file instead of the console's own kubeconfig (clientcmd's
     * ExplicitPath, which must exist), and {@code kubectl config ...} changes the file.
     */
    public void useKubeconfigFlag() {
        if (!global("kubeconfig") || flags.string("kubeconfig").isEmpty()) {
            return;
        }
        String path = flags.string("kubeconfig");
        VirtualFiles files = files();
        if (path.equals(VirtualFiles.STDIN) || !files.exists(path)) {
            // loader.go: os.Stat(rules.ExplicitPath) and its error as such
            throw new CommandError("stat " + path + ": no such file or directory");
        }
        if (files.isDirectory(path)) {
            throw new CommandError("error loading config file \"" + path + "\": read " + path + ": is a directory");
        }
        try {
            kubeconfig = KubeconfigState.parse(files.read(path));
        } catch (RuntimeException e) {
            throw new CommandError("error loading config file \"" + path + "\": " + e.getMessage());
        }
        kubeconfigPath = path;
    }

    /** The file {@code --kubeconfig} named, or null when the command uses the console's own kubeconfig. */
    public String kubeconfigPath() {
        return kubeconfigPath;
    }

    public void openEditor(EditSession session) {
        this.edit = session;
    }

    public EditSession edit() {
        return edit;
    }

    /** Whether a global flag was given (and not shadowed by a flag of the command with the same name). */
    private boolean global(String name) {
        return flags.changed(name) && !command.hasOwnFlag(name);
    }

    /** The context in effect: {@code --context} or the current one (clientcmd DirectClientConfig). */
    public String contextName() {
        return global("context") ? flags.string("context") : kubeconfig.currentContext();
    }

    private KubeconfigState.Context context() {
        String name = contextName();
        return kubeconfig.context(name).orElseGet(() -> {
            if (!name.isEmpty()) {
                // DirectClientConfig.ConfirmUsable: the current context must exist
                throw new ConfigurationInvalid(List.of("context was not found for specified context: " + name));
            }
            return new KubeconfigState.Context(name, "", "", "");
        });
    }

    /** The namespace in effect: {@code -n}, else the context's, else {@code default}. */
    public String namespace() {
        if (explicitNamespace()) {
            return flags.string("namespace");
        }
        String fromContext = context().namespace();
        return fromContext.isEmpty() ? "default" : fromContext;
    }

    /** Whether the namespace was given with -n (clientcmd's "explicit" namespace, kubectl's enforceNamespace). */
    public boolean explicitNamespace() {
        // clientcmd: an empty --namespace counts as not given
        return global("namespace") && !flags.string("namespace").isEmpty();
    }

    public ClientIdentity identity() {
        KubeconfigState.Context context = context();
        String clusterName = global("cluster") ? flags.string("cluster") : context.cluster();
        String userName = global("user") ? flags.string("user") : context.user();
        if (global("cluster") && kubeconfig.cluster(clusterName).isEmpty()) {
            throw new CommandError("no server found for cluster \"" + clusterName + "\"");
        }
        if (global("user") && kubeconfig.user(userName).isEmpty()) {
            throw new CommandError("auth info \"" + userName + "\" does not exist");
        }
        String server = global("server") ? flags.string("server")
                : kubeconfig.cluster(clusterName).map(KubeconfigState.Cluster::server).orElse("");
        if (server.isEmpty()) {
            server = ConnectionRefused.DEFAULT_SERVER;
        }
        String token = global("token") ? flags.string("token")
                : kubeconfig.user(userName).map(KubeconfigState.User::token).orElse("");
        return new ClientIdentity(sandboxOf(server), server, token, global("as") ? flags.string("as") : "",
                global("as-group") ? flags.list("as-group") : List.of(), global("as-uid") ? flags.string("as-uid") : "");
    }

    /** The sandbox a server URL names: {@code https://host:port/clusters/<id>} (null without that prefix). */
    static String sandboxOf(String server) {
        int at = server.indexOf("/clusters/");
        if (at < 0) {
            return null;
        }
        String rest = server.substring(at + "/clusters/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    public RestClient client() {
        if (client == null) {
            client = new RestClient(transport, identity(), command.path(), output::printErr, auditIds);
        }
        return client;
    }

    public Discovery discovery() {
        return discovery;
    }

    public RestMapper mapper() {
        if (mapper == null) {
            mapper = new RestMapper(discovery, client());
        }
        return mapper;
    }
}
