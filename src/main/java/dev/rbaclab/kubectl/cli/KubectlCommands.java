package dev.rbaclab.kubectl.cli;

/**
 * kubectl v1.32's command tree: every command in the order kubectl adds them (so suggestions come out in the
 * same order), with the flags of the commands the console implements. Commands the console does not run are
 * still known, so that they fail with a clear sentence instead of "unknown command".
 */
public final class KubectlCommands {

    private static final String[] PRINT_FLAGS = {
            "o|output", "template", "allow-missing-template-keys:bool=true", "show-managed-fields:bool"};
    private static final String[] FILENAME_FLAGS = {"f|filename:slice", "R|recursive:bool", "k|kustomize"};
    private static final String[] DRY_RUN = {"dry-run=none?unchanged"};
    private static final String[] CREATE_COMMON = {
            "dry-run=none?unchanged", "field-manager=kubectl-create", "save-config:bool", "validate=strict?strict",
            "o|output", "template", "allow-missing-template-keys:bool=true", "show-managed-fields:bool"};

    private KubectlCommands() {
    }

    public static CommandNode tree() {
        CommandNode root = CommandNode.group("kubectl", "kubectl controls the Kubernetes cluster manager.")
                .flags("as", "as-group:array", "as-uid", "cache-dir", "certificate-authority", "client-certificate",
                        "client-key", "cluster", "context", "disable-compression:bool", "insecure-skip-tls-verify:bool",
                        "kubeconfig", "match-server-version:bool", "n|namespace", "password", "profile=none",
                        "profile-output=profile.pprof", "request-timeout=0", "s|server", "tls-server-name", "token",
                        "user", "username", "warnings-as-errors:bool", "v|v=0", "vmodule", "log-flush-frequency=5s");
        root.child(create());
        root.child(CommandNode.runnable("expose", "Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service"));
        root.child(CommandNode.runnable("run", "Run a particular image on the cluster")
                .flags("image", "restart=Always", "l|labels", "env:array", "port", "command:bool", "overrides",
                        "annotations:array", "image-pull-policy", "privileged:bool", "rm:bool", "i|stdin:bool",
                        "t|tty:bool", "attach:bool", "q|quiet:bool", "expose:bool", "field-manager=kubectl-run",
                        "pod-running-timeout=1m0s", "leave-stdin-open:bool", "override-type=merge", "cascade=background")
                .flags(DRY_RUN).flags(PRINT_FLAGS).flags(FILENAME_FLAGS));
        root.child(CommandNode.group("set", "Set specific features on objects"));
        root.child(CommandNode.runnable("explain", "Get documentation for a resource")
                .flags("recursive:bool", "api-version", "output=plaintext"));
        root.child(CommandNode.runnable("get", "Display one or many resources")
                .flags(PRINT_FLAGS).flags(FILENAME_FLAGS)
                .flags("raw", "w|watch:bool", "watch-only:bool", "output-watch-events:bool", "ignore-not-found:bool",
                        "l|selector", "field-selector", "A|all-namespaces:bool", "show-kind:bool", "show-labels:bool",
                        "L|label-columns:slice", "sort-by", "no-headers:bool", "chunk-size:int=500", "subresource"));
        root.child(CommandNode.runnable("edit", "Edit a resource on the server")
                .flags(PRINT_FLAGS).flags(FILENAME_FLAGS)
                .flags("output-patch:bool", "windows-line-endings:bool", "save-config:bool", "validate=strict?strict",
                        "subresource", "field-manager=kubectl-edit"));
        root.child(CommandNode.runnable("delete", "Delete resources by file names, stdin, resources and names, or by resources and label selector")
                .flags(FILENAME_FLAGS)
                .flags("l|selector", "field-selector", "all:bool", "A|all-namespaces:bool", "ignore-not-found:bool",
                        "now:bool", "force:bool", "grace-period:int=-1", "wait:bool=true", "cascade=background?background",
                        "timeout=0s", "i|interactive:bool", "raw", "o|output").flags(DRY_RUN));
        root.child(CommandNode.group("rollout", "Manage the rollout of a resource"));
        root.child(CommandNode.runnable("scale", "Set a new size for a deployment, replica set, or replication controller"));
        root.child(CommandNode.runnable("autoscale", "Auto-scale a deployment, replica set, stateful set, or replication controller"));
        root.child(CommandNode.group("certificate", "Modify certificate resources"));
        root.child(CommandNode.runnable("cluster-info", "Display cluster information")
                .child(CommandNode.runnable("dump", "Dump relevant information for debugging and diagnosis")));
        root.child(CommandNode.group("top", "Display resource (CPU/memory) usage"));
        root.child(CommandNode.runnable("cordon", "Mark node as unschedulable"));
        root.child(CommandNode.runnable("uncordon", "Mark node as schedulable"));
        root.child(CommandNode.runnable("drain", "Drain node in preparation for maintenance"));
        root.child(CommandNode.runnable("taint", "Update the taints on one or more nodes"));
        root.child(CommandNode.runnable("describe", "Show details of a specific resource or group of resources")
                .flags(FILENAME_FLAGS)
                .flags("l|selector", "A|all-namespaces:bool", "show-events:bool=true", "chunk-size:int=500"));
        root.child(CommandNode.runnable("logs", "Print the logs for a container in a pod")
                .flags("c|container", "f|follow:bool", "p|previous:bool", "tail:int=-1", "since=0s", "since-time",
                        "timestamps:bool", "all-containers:bool", "prefix:bool", "limit-bytes:int=0", "l|selector",
                        "max-log-requests:int=5", "ignore-errors:bool", "pod-running-timeout=20s",
                        "insecure-skip-tls-verify-backend:bool", "all-pods:bool"));
        root.child(CommandNode.runnable("attach", "Attach to a running container"));
        root.child(CommandNode.runnable("exec", "Execute a command in a container")
                .flags("c|container", "i|stdin:bool", "t|tty:bool", "q|quiet:bool", "f|filename:slice",
                        "pod-running-timeout=1m0s"));
        root.child(CommandNode.runnable("port-forward", "Forward one or more local ports to a pod"));
        root.child(CommandNode.runnable("proxy", "Run a proxy to the Kubernetes API server")
                .flags("p|port:int=8001", "address=127.0.0.1", "accept-hosts", "accept-paths", "reject-paths",
                        "reject-methods", "api-prefix=/", "www", "P|www-prefix=/static/", "u|unix-socket",
                        "disable-filter:bool", "keepalive=0s", "append-server-path:bool"));
        root.child(CommandNode.runnable("cp", "Copy files and directories to and from containers"));
        root.child(auth());
        root.child(CommandNode.runnable("debug", "Create debugging sessions for troubleshooting workloads and nodes"));
        root.child(CommandNode.runnable("events", "List events"));
        root.child(CommandNode.runnable("diff", "Diff the live version against a would-be applied version"));
        root.child(CommandNode.runnable("apply", "Apply a configuration to a resource by file name or stdin")
                .flags(PRINT_FLAGS).flags(FILENAME_FLAGS).flags(DRY_RUN)
                .flags("overwrite:bool=true", "prune:bool", "l|selector", "all:bool", "force:bool",
                        "grace-period:int=-1", "timeout=0s", "wait:bool", "cascade=background?background",
                        "server-side:bool", "force-conflicts:bool", "field-manager=kubectl-client-side-apply",
                        "validate=strict?strict", "openapi-patch:bool=true", "prune-allowlist:array", "record:bool",
                        "save-config:bool")
                .child(CommandNode.runnable("edit-last-applied", "Edit latest last-applied-configuration annotations of a resource/object"))
                .child(CommandNode.runnable("set-last-applied", "Set the last-applied-configuration annotation on a live object to match the contents of a file"))
                .child(CommandNode.runnable("view-last-applied", "View the latest last-applied-configuration annotations of a resource/object")
                        .flags("o|output=yaml", "all:bool", "l|selector").flags(FILENAME_FLAGS)));
        root.child(CommandNode.runnable("patch", "Update fields of a resource")
                .flags(PRINT_FLAGS).flags(FILENAME_FLAGS).flags(DRY_RUN)
                .flags("p|patch", "patch-file", "type=strategic", "local:bool", "field-manager=kubectl-patch",
                        "subresource", "record:bool"));
        root.child(CommandNode.runnable("replace", "Replace a resource by file name or stdin")
                .flags(PRINT_FLAGS).flags(FILENAME_FLAGS).flags(DRY_RUN)
                .flags("force:bool", "grace-period:int=-1", "timeout=0s", "wait:bool", "cascade=background?background",
                        "validate=strict?strict", "field-manager=kubectl-replace", "raw", "subresource", "save-config:bool"));
        root.child(CommandNode.runnable("wait", "Experimental: Wait for a specific condition on one or many resources"));
        root.child(CommandNode.runnable("kustomize", "Build a kustomization target from a directory or URL"));
        root.child(metadataCommand("label", "Update the labels on a resource", "kubectl-label"));
        root.child(metadataCommand("annotate", "Update the annotations on a resource", "kubectl-annotate"));
        root.child(CommandNode.runnable("completion", "Output shell completion code for the specified shell (bash, zsh, fish, or powershell)"));
        root.child(CommandNode.runnable("api-resources", "Print the supported API resources on the server")
                .flags("no-headers:bool", "o|output", "api-group", "namespaced:bool=true", "verbs:slice", "sort-by",
                        "cached:bool", "categories:slice"));
        root.child(CommandNode.runnable("api-versions", "Print the supported API versions on the server, in the form of \"group/version\""));
        root.child(config());
        root.child(CommandNode.group("plugin", "Provides utilities for interacting with plugins"));
        root.child(CommandNode.runnable("version", "Print the client and server version information")
                .flags("client:bool", "o|output"));
        root.child(CommandNode.runnable("options", "Print the list of flags inherited by all commands"));
        root.child(CommandNode.group("alpha", "Commands for features in alpha"));
        root.child(CommandNode.runnable("help", "Help about any command"));
        return root;
    }

    private static CommandNode metadataCommand(String name, String summary, String fieldManager) {
        return CommandNode.runnable(name, summary)
                .flags(PRINT_FLAGS).flags(FILENAME_FLAGS).flags(DRY_RUN)
                .flags("overwrite:bool", "local:bool", "all:bool", "A|all-namespaces:bool", "l|selector",
                        "field-selector", "resource-version", "field-manager=" + fieldManager, "list:bool");
    }

    private static CommandNode create() {
        CommandNode create = CommandNode.runnable("create", "Create a resource from a file or from stdin")
                .flags(CREATE_COMMON).flags(FILENAME_FLAGS)
                .flags("edit:bool", "raw", "windows-line-endings:bool", "l|selector");
        create.child(CommandNode.runnable("clusterrole", "Create a cluster role").flags(CREATE_COMMON)
                .flags("verb:slice", "resource:slice", "resource-name:array", "non-resource-url:slice", "aggregation-rule"));
        create.child(CommandNode.runnable("clusterrolebinding", "Create a cluster role binding for a particular cluster role")
                .flags(CREATE_COMMON).flags("clusterrole", "user:array", "group:array", "serviceaccount:array"));
        create.child(CommandNode.runnable("configmap", "Create a config map from a local file, directory or literal value", "cm")
                .flags(CREATE_COMMON).flags("from-file:slice", "from-literal:array", "from-env-file:slice", "append-hash:bool"));
        create.child(CommandNode.runnable("cronjob", "Create a cron job with the specified name", "cj").flags(CREATE_COMMON)
                .flags("image", "schedule", "restart"));
        create.child(CommandNode.runnable("deployment", "Create a deployment with the specified name", "deploy").flags(CREATE_COMMON)
                .flags("image:slice", "replicas:int=1", "port:int=-1"));
        create.child(CommandNode.runnable("ingress", "Create an ingress with the specified name", "ing").flags(CREATE_COMMON));
        create.child(CommandNode.runnable("job", "Create a job with the specified name").flags(CREATE_COMMON)
                .flags("image", "from"));
        create.child(CommandNode.runnable("namespace", "Create a namespace with the specified name", "ns").flags(CREATE_COMMON));
        create.child(CommandNode.runnable("poddisruptionbudget", "Create a pod disruption budget with the specified name", "pdb")
                .flags(CREATE_COMMON));
        create.child(CommandNode.runnable("priorityclass", "Create a priority class with the specified name", "pc").flags(CREATE_COMMON));
        create.child(CommandNode.runnable("quota", "Create a quota with the specified name", "resourcequota").flags(CREATE_COMMON));
        create.child(CommandNode.runnable("role", "Create a role with single rule").flags(CREATE_COMMON)
                .flags("verb:slice", "resource:slice", "resource-name:array"));
        create.child(CommandNode.runnable("rolebinding", "Create a role binding for a particular role or cluster role")
                .flags(CREATE_COMMON).flags("clusterrole", "role", "user:array", "group:array", "serviceaccount:array"));
        create.child(CommandNode.group("secret", "Create a secret using a specified subcommand")
                .child(CommandNode.runnable("docker-registry", "Create a secret for use with a Docker registry").flags(CREATE_COMMON)
                        .flags("docker-server=https://index.docker.io/v1/", "docker-username", "docker-password",
                                "docker-email", "from-file:slice", "append-hash:bool"))
                .child(CommandNode.runnable("generic", "Create a secret from a local file, directory, or literal value")
                        .flags(CREATE_COMMON).flags("from-file:slice", "from-literal:array", "from-env-file:slice",
                                "type", "append-hash:bool"))
                .child(CommandNode.runnable("tls", "Create a TLS secret").flags(CREATE_COMMON)
                        .flags("cert", "key", "append-hash:bool")));
        create.child(CommandNode.group("service", "Create a service using a specified subcommand", "svc"));
        create.child(CommandNode.runnable("serviceaccount", "Create a service account with the specified name", "sa")
                .flags(CREATE_COMMON));
        create.child(CommandNode.runnable("token", "Request a service account token")
                .flags("o|output", "template", "allow-missing-template-keys:bool=true", "show-managed-fields:bool",
                        "audience:array", "duration=0s", "bound-object-kind", "bound-object-name", "bound-object-uid"));
        return create;
    }

    private static CommandNode auth() {
        return CommandNode.group("auth", "Inspect authorization")
                .child(CommandNode.runnable("can-i", "Check whether an action is allowed")
                        .flags("A|all-namespaces:bool", "q|quiet:bool", "list:bool", "no-headers:bool", "subresource"))
                .child(CommandNode.runnable("reconcile", "Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects"))
                .child(CommandNode.runnable("whoami", "Experimental: Check self subject attributes")
                        .flags("o|output", "template", "allow-missing-template-keys:bool=true", "show-managed-fields:bool"));
    }

    private static CommandNode config() {
        return CommandNode.group("config", "Modify kubeconfig files")
                .child(CommandNode.runnable("current-context", "Display the current-context"))
                .child(CommandNode.runnable("delete-cluster", "Delete the specified cluster from the kubeconfig"))
                .child(CommandNode.runnable("delete-context", "Delete the specified context from the kubeconfig"))
                .child(CommandNode.runnable("delete-user", "Delete the specified user from the kubeconfig"))
                .child(CommandNode.runnable("get-clusters", "Display clusters defined in the kubeconfig"))
                .child(CommandNode.runnable("get-contexts", "Describe one or many contexts")
                        .flags("no-headers:bool", "o|output"))
                .child(CommandNode.runnable("get-users", "Display users defined in the kubeconfig"))
                .child(CommandNode.runnable("rename-context", "Rename a context from the kubeconfig file"))
                .child(CommandNode.runnable("set", "Set an individual value in a kubeconfig file")
                        .flags("set-raw-bytes:bool"))
                .child(CommandNode.runnable("set-cluster", "Set a cluster entry in kubeconfig")
                        .flags("server", "certificate-authority", "embed-certs:bool", "insecure-skip-tls-verify:bool",
                                "tls-server-name", "proxy-url"))
                .child(CommandNode.runnable("set-context", "Set a context entry in kubeconfig")
                        .flags("current:bool", "cluster", "user", "namespace"))
                .child(CommandNode.runnable("set-credentials", "Set a user entry in kubeconfig")
                        .flags("token", "username", "password", "client-certificate", "client-key", "embed-certs:bool",
                                "auth-provider", "auth-provider-arg:slice", "exec-command", "exec-api-version",
                                "exec-arg:array", "exec-env:array", "exec-interactive-mode"))
                .child(CommandNode.runnable("unset", "Unset an individual value in a kubeconfig file"))
                .child(CommandNode.runnable("use-context", "Set the current-context in a kubeconfig file", "use"))
                .child(CommandNode.runnable("view", "Display merged kubeconfig settings or a specified kubeconfig file")
                        .flags("o|output=yaml", "template", "allow-missing-template-keys:bool=true", "raw:bool",
                                "flatten:bool", "merge:bool=true", "minify:bool", "show-managed-fields:bool"));
    }
}
