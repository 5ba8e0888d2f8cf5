package dev.rbaclab.testing;

import dev.rbaclab.cluster.api.Json;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lab as a separate JVM, started the way it is deployed (configured by environment variables only), so that a
 * test can kill it with SIGKILL and start it again on the same files.
 */
public final class ChildLab implements AutoCloseable {

    private final Path directory;
    private int webPort;
    private int apiPort;
    private final List<String> jvmOptions;
    private final List<String> program;
    private Process process;
    private long launchedAtNanos;

    public ChildLab(Path directory) {
        this(directory, List.of("-Xmx512m"));
    }

    /** A child lab whose JVM gets these options (heap size, a flight recording) instead of the default -Xmx512m. */
    public ChildLab(Path directory, List<String> jvmOptions) {
        this(directory, jvmOptions, List.of("-cp", System.getProperty("java.class.path"), "dev.rbaclab.App"));
    }

    private ChildLab(Path directory, List<String> jvmOptions, List<String> program) {
        this.directory = directory;
        this.webPort = freePort();
        this.apiPort = freePort();
        this.jvmOptions = List.copyOf(jvmOptions);
        this.program = List.copyOf(program);
    }

    /** The deployable jar ({@code mvn package}) instead of this JVM's class path, as an operator runs the lab. */
    public static ChildLab deployed(Path directory, List<String> jvmOptions, Path jar) {
        return new ChildLab(directory, jvmOptions, List.of("-jar", jar.toAbsolutePath().toString()));
    }

    public ChildLab start() {
        for (int attempt = 1; ; attempt++) {
            long logged = logSize();
            launch();
            try {
                awaitReady();
                return this;
            } catch (IllegalStateException e) {
                // the ports were free when chosen, but another process may bind one before the lab does
                if (attempt == 3 || !loggedSince(logged).contains("Port already in use")) {
                    throw e;
                }
                webPort = freePort();
                apiPort = freePort();
            }
        }
    }

    private long logSize() {
        return directory.resolve("lab.log").toFile().length();
    }

    private String loggedSince(long offset) {
        try {
            byte[] log = java.nio.file.Files.readAllBytes(directory.resolve("lab.log"));
            return new String(log, (int) Math.min(offset, log.length), (int) Math.max(0, log.length - offset),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Starts the process without waiting for it to answer (a cold-start measurement waits on its own). */
    public ChildLab launch() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(program);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("lab.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("LAB_HTTP_PORT", Integer.toString(webPort));
        env.put("LAB_API_PORT", Integer.toString(apiPort));
        env.put("LAB_DB_URL", "jdbc:h2:file:" + directory.resolve("db/lab").toAbsolutePath());
        env.put("LAB_DATA_DIR", directory.resolve("data").toString());
        env.put("LAB_ADMIN_PASSWORD", "child-lab-password");
        try {
            launchedAtNanos = System.nanoTime();
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** {@link System#nanoTime()} just before the process was started. */
    public long launchedAtNanos() {
        return launchedAtNanos;
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    public Path directory() {
        return directory;
    }

    /** SIGTERM, as an operator stops the lab: the shutdown hook closes the servers and the database. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                killNine();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed on the way out. */
    public void killNine() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public long pid() {
        return process.pid();
    }

    public String webUrl() {
        return "http://127.0.0.1:" + webPort;
    }

    /** The API port as text, for rewriting a sandbox's server URL after a restart on new ports. */
    public String apiUrlPort() {
        return Integer.toString(apiPort);
    }

    public Path caCertificate() {
        return directory.resolve("data").resolve("ca.crt");
    }

    /** Creates a sandbox through the web API and returns the JSON answer (id, server, token, kubeconfig). */
    public JsonNode createSandbox() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(webUrl() + "/api/sandboxes")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Json.parse(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the lab exited with " + process.exitValue() + "; see " + directory.resolve("lab.log"));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(webUrl() + "/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(100);
        }
        throw new IllegalStateException("the lab did not become ready in 60 s");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            killNine();
        }
    }

}
