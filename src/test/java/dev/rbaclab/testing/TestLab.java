package dev.rbaclab.testing;

import dev.rbaclab.App;
import dev.rbaclab.Config;
import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.cluster.server.ServerVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A whole lab for a test: real H2 file with the real migrations, the HTTPS API and the web server on free ports,
 * in a temporary directory that is removed afterwards.
 */
public final class TestLab implements AutoCloseable {

    private final Path directory;
    private final App.Lab lab;

    private TestLab(Path directory, App.Lab lab) {
        this.directory = directory;
        this.lab = lab;
    }

    public static TestLab start() {
        try {
            Path directory = Files.createTempDirectory("rbaclab-test");
            return startIn(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestLab startIn(Path directory) {
        return startIn(directory, null);
    }

    /** A lab reading its lessons from {@code lessonsDir} (null: the chapter packaged with the lab). */
    public static TestLab startIn(Path directory, Path lessonsDir) {
        Config config = new Config(0, 0, "jdbc:h2:file:" + directory.resolve("db/lab").toAbsolutePath(),
                directory.resolve("data"), "127.0.0.1", ServerVersion.DEFAULT, "test-admin-password", lessonsDir);
        return new TestLab(directory, App.start(config));
    }

    public App.Lab lab() {
        return lab;
    }

    public Path directory() {
        return directory;
    }

    public int webPort() {
        return lab.web().port();
    }

    public int apiPort() {
        return lab.api().port();
    }

    public String webUrl() {
        return "http://127.0.0.1:" + webPort();
    }

    /** A new sandbox owned by a fresh anonymous learner. */
    public SandboxCreated newSandbox() {
        return lab.sandboxes().create("test-owner", null);
    }

    public SandboxCreated newSandbox(String version) {
        return lab.sandboxes().create("test-owner", ServerVersion.parse(version));
    }

    /** The sandbox's kubeconfig written to a file kubectl can use. */
    public Path kubeconfig(SandboxCreated sandbox) {
        try {
            Path file = directory.resolve("kubeconfig-" + sandbox.id());
            Files.writeString(file, sandbox.kubeconfig());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiClient api(SandboxCreated sandbox) {
        return new ApiClient(sandbox.server(), sandbox.token(), lab.config().dataDir().resolve("ca.crt"));
    }

    /** Stops the lab and keeps its files, to start another lab on them (a restart). */
    public void stopKeepingFiles() {
        lab.stop();
    }

    @Override
    public void close() {
        lab.stop();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
