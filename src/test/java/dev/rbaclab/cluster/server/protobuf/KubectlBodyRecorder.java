package dev.rbaclab.cluster.server.protobuf;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rbaclab.cluster.api.Json;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Regenerates the {@link KubectlFixture} files from the real kubectl on the PATH. Not a test: run it by hand when
 * kubectl or the list of cases changes, from the worktree root after {@code mvn test-compile}:
 * <pre>
 * java -cp target/test-classes:target/classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     dev.rbaclab.cluster.server.protobuf.KubectlBodyRecorder
 * </pre>
 * It serves {@code /version} and legacy discovery on 127.0.0.1 and records the body of every POST: the protobuf body the
 * kubectl on the PATH sends when the server reports minor "32" (on lab machines a dispatcher that then runs
 * {@code kubectl.1.32}), and the JSON body {@code kubectl.1.31} sends for the same command.
 */
public final class KubectlBodyRecorder {

    /** The commands to capture; files named in them are created by {@link #prepareFiles(Path)}. */
    static final List<List<String>> CASES = List.of(
            List.of("create-namespace", "create", "namespace", "foo"),
            List.of("create-serviceaccount", "create", "serviceaccount", "robot", "-n", "foo"),
            List.of("create-secret-generic", "create", "secret", "generic", "s", "--from-literal=a=b"),
            List.of("create-secret-generic-typed", "create", "secret", "generic", "s2", "-n", "foo",
                    "--from-literal=user=admin", "--from-literal=empty=", "--type=example.com/basic"),
            List.of("create-secret-docker-registry", "create", "secret", "docker-registry", "regcred",
                    "--docker-server=registry.example.com", "--docker-username=u", "--docker-password=p",
                    "--docker-email=u@example.com"),
            List.of("create-secret-tls", "create", "secret", "tls", "tls1", "--cert=tls.crt", "--key=tls.key"),
            List.of("create-configmap", "create", "configmap", "c", "--from-literal=a=b", "--from-literal=c=d"),
            List.of("create-configmap-binary", "create", "configmap", "bin", "--from-file=data.bin",
                    "--from-file=text.txt"),
            List.of("create-role", "create", "role", "service-reader", "--verb=get", "--verb=list",
                    "--resource=services", "-n", "foo"),
            List.of("create-role-resource-names", "create", "role", "r3", "--verb=get", "--resource=pods",
                    "--resource-name=p1", "--resource-name=p2"),
            List.of("create-clusterrole-non-resource-urls", "create", "clusterrole", "r4", "--verb=get",
                    "--non-resource-url=/healthz", "--non-resource-url=/metrics"),
            List.of("create-clusterrole-aggregation", "create", "clusterrole", "monitoring",
                    "--aggregation-rule=rbac.example.com/aggregate-to-monitoring=true"),
            List.of("create-rolebinding", "create", "rolebinding", "test", "--role=service-reader",
                    "--serviceaccount=foo:default", "-n", "foo"),
            List.of("create-rolebinding-mixed-subjects", "create", "rolebinding", "rb1", "--clusterrole=view",
                    "--user=alice", "--group=devs", "--serviceaccount=foo:default", "-n", "foo"),
            List.of("create-clusterrolebinding", "create", "clusterrolebinding", "crb", "--clusterrole=view",
                    "--user=alice", "--group=devs"),
            List.of("create-token", "create", "token", "robot", "-n", "foo"),
            List.of("create-token-duration-audience", "create", "token", "robot", "-n", "foo", "--duration=10m",
                    "--audience=https://example.com", "--audience=api"),
            List.of("create-token-bound-secret", "create", "token", "robot", "-n", "foo",
                    "--bound-object-kind=Secret", "--bound-object-name=s", "--bound-object-uid=1234"),
            List.of("auth-whoami", "auth", "whoami"),
            List.of("auth-can-i-list-services", "auth", "can-i", "list", "services", "-n", "foo"),
            List.of("auth-can-i-subresource", "auth", "can-i", "create", "pods", "--subresource=exec", "-n", "foo"),
            List.of("auth-can-i-named-all-namespaces", "auth", "can-i", "get", "secrets/db", "-A"),
            List.of("auth-can-i-non-resource", "auth", "can-i", "get", "/healthz"),
            List.of("auth-can-i-list", "auth", "can-i", "--list", "-n", "foo"),
            List.of("create-deployment", "create", "deployment", "d", "--image=nginx"),
            List.of("create-deployment-replicas-port", "create", "deployment", "web", "--image=nginx:1.27",
                    "--replicas=3", "--port=80", "-n", "foo"),
            List.of("create-deployment-zero-replicas-command", "create", "deployment", "idle", "--image=busybox",
                    "--replicas=0", "--", "sleep", "3600"),
            List.of("create-service-clusterip", "create", "service", "clusterip", "s", "--tcp=80:8080"),
            List.of("create-service-headless", "create", "service", "clusterip", "h", "--clusterip=None"),
            List.of("create-service-nodeport", "create", "service", "nodeport", "np", "--tcp=80:8080",
                    "--node-port=30080"),
            List.of("create-service-loadbalancer", "create", "service", "loadbalancer", "lb", "--tcp=443:https"),
            List.of("create-service-externalname", "create", "service", "externalname", "ext",
                    "--external-name=example.com"),
            List.of("create-job", "create", "job", "j", "--image=busybox", "--", "date"),
            List.of("create-cronjob", "create", "cronjob", "cj", "--image=busybox", "--schedule=*/5 * * * *",
                    "--restart=OnFailure", "--", "date"),
            List.of("create-quota", "create", "quota", "q", "--hard=cpu=1,memory=1G,pods=2,services.nodeports=0",
                    "--scopes=BestEffort"),
            List.of("create-priorityclass", "create", "priorityclass", "high", "--value=1000",
                    "--description=important", "--preemption-policy=Never", "--global-default=true"),
            List.of("create-priorityclass-zero", "create", "priorityclass", "zero", "--value=0"),
            List.of("create-pdb-min-available", "create", "poddisruptionbudget", "pdb", "--selector=app=web",
                    "--min-available=1"),
            List.of("create-pdb-max-unavailable", "create", "pdb", "pdb2", "--selector=app in (web,api)",
                    "--max-unavailable=50%"),
            List.of("create-pdb-min-available-zero", "create", "pdb", "pdb3", "--selector=app=web",
                    "--min-available=0"),
            List.of("create-ingress", "create", "ingress", "simple", "--class=default",
                    "--rule=foo.com/bar=svc1:8080,tls=my-cert", "--rule=foo.com/*=svc2:http",
                    "--default-backend=defaultsvc:http", "--annotation=team=web"));

    private final Path work;
    private volatile String minor = "32";
    private volatile Recorded recorded;
    private volatile JsonNode answer;

    private record Recorded(String path, String contentType, String userAgent, byte[] body) {
    }

    private KubectlBodyRecorder(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("kubectl-bodies");
        prepareFiles(work);
        Path out = Path.of(KubectlFixture.DIRECTORY);
        Files.createDirectories(out);
        new KubectlBodyRecorder(work).recordAll(out);
    }

    private void recordAll(Path out) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            for (List<String> testCase : CASES) {
                String name = testCase.get(0);
                List<String> command = testCase.subList(1, testCase.size());
                Recorded json = capture("31", url, command, null);
                JsonNode expected = Json.MAPPER.readTree(json.body());
                Recorded protobuf = capture("32", url, command, expected);
                if (!json.contentType().startsWith("application/json")
                        || !protobuf.contentType().startsWith("application/vnd.kubernetes.protobuf")
                        || !json.userAgent().contains("/v1.31.") || !protobuf.userAgent().contains("/v1.32.")) {
                    throw new IllegalStateException(name + ": unexpected senders " + json + " and " + protobuf);
                }
                List<String> shown = new ArrayList<>(List.of("kubectl"));
                shown.addAll(command);
                new KubectlFixture(name, shown, protobuf.path(), protobuf.userAgent(), json.userAgent(), protobuf.body(),
                        expected).write(out);
                System.out.println("recorded " + name + " (" + protobuf.body().length + " protobuf bytes)");
            }
        } finally {
            server.stop(0);
        }
    }

    private Recorded capture(String serverMinor, String url, List<String> command, JsonNode reply) throws Exception {
        minor = serverMinor;
        recorded = null;
        answer = reply;
        List<String> process = new ArrayList<>(List.of(binary(serverMinor), "--server=" + url,
                "--cache-dir=" + work.resolve("cache-" + serverMinor), "--request-timeout=10s"));
        process.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(process).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("HOME", work.toString());
        builder.environment().put("KUBECONFIG", work.resolve("no-kubeconfig").toString());
        Process running = builder.start();
        String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!running.waitFor(60, TimeUnit.SECONDS)) {
            running.destroyForcibly();
        }
        if (recorded == null) {
            throw new IllegalStateException("kubectl 1." + serverMinor + " " + command + " sent no body:\n" + output);
        }
        return recorded;
    }

    /**
     * The dispatcher for "32" (that is the kubectl learners run); {@code kubectl.1.31} beside it for "31", because the
     * dispatcher skips its {@code /version} probe and runs its built-in 1.32 when it cannot build a client config,
     * which happens when a command's own {@code --user} flag is taken for kubectl's global one.
     */
    private static String binary(String serverMinor) throws IOException {
        if (serverMinor.equals("32")) {
            return "kubectl";
        }
        for (String directory : System.getenv("PATH").split(java.io.File.pathSeparator)) {
            Path dispatcher = Path.of(directory, "kubectl");
            if (Files.isExecutable(dispatcher)) {
                Path versioned = dispatcher.toRealPath().resolveSibling("kubectl.1." + serverMinor);
                if (Files.isExecutable(versioned)) {
                    return versioned.toString();
                }
            }
        }
        throw new IllegalStateException("no kubectl.1." + serverMinor + " beside the kubectl on the PATH");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (exchange.getRequestMethod().equals("POST")) {
                String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
                recorded = new Recorded(path, contentType, exchange.getRequestHeaders().getFirst("User-Agent"), body);
                byte[] reply = contentType.startsWith("application/json") ? body
                        : Json.MAPPER.writeValueAsBytes(answer == null ? Json.object() : answer);
                send(exchange, 201, reply);
                return;
            }
            String document = switch (path) {
                case "/version" -> "{\"major\":\"1\",\"minor\":\"" + minor + "\",\"gitVersion\":\"v1." + minor
                        + ".0\",\"platform\":\"linux/amd64\"}";
                case "/api" -> resource("api-legacy-APIVersions.json");
                case "/apis" -> resource("apis-legacy-APIGroupList.json");
                case "/api/v1" -> resource("api-v1-APIResourceList.json");
                case "/apis/rbac.authorization.k8s.io/v1" -> resource("apis-rbac-v1-APIResourceList.json");
                default -> null;
            };
            if (document == null) {
                System.err.println("  404 " + exchange.getRequestMethod() + " " + path);
                send(exchange, 404, ("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                        + "\"reason\":\"NotFound\",\"code\":404}").getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(exchange, 200, document.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int code, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = KubectlBodyRecorder.class.getResourceAsStream("/protobuf/discovery/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The files some commands read: a throw-away self-signed key pair, binary and text data. */
    private static void prepareFiles(Path work) throws Exception {
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "ec",
                "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj", "/CN=fixture",
                "-keyout", "tls.key", "-out", "tls.crt").directory(work.toFile()).redirectErrorStream(true).start();
        openssl.getInputStream().readAllBytes();
        if (openssl.waitFor() != 0) {
            throw new IllegalStateException("openssl could not create the fixture key pair");
        }
        Files.write(work.resolve("data.bin"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 'k', '8', 's'});
        Files.writeString(work.resolve("text.txt"), "hello\n");
    }
}
