package dev.rbaclab.bench;

import dev.rbaclab.testing.ChildLab;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Cold start as an operator sees it: from launching the lab's JVM to the first 200 from {@code /healthz}, polled every
 * 5 ms. The baseline is the JVM alone: {@code java -version} from launch to exit, same machine, same moment.
 */
final class ColdStart {

    private static final Duration POLL = Duration.ofMillis(5);
    private static final Duration GIVE_UP = Duration.ofSeconds(120);

    private ColdStart() {
    }

    /** Launches a lab on {@code directory}'s files and returns it once ready, with the time it took. */
    static Started launch(Path directory, List<String> jvmOptions) {
        return await(new ChildLab(directory, jvmOptions).launch(), directory);
    }

    /** Launches {@code lab} (not yet started) and returns it once ready. */
    static Started launch(ChildLab lab) {
        return await(lab.launch(), lab.directory());
    }

    private static Started await(ChildLab lab, Path directory) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest healthz = HttpRequest.newBuilder(URI.create(lab.webUrl() + "/healthz")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - lab.launchedAtNanos() < GIVE_UP.toNanos()) {
            if (!lab.alive()) {
                throw new IllegalStateException("the lab exited; see " + directory.resolve("lab.log"));
            }
            try {
                if (client.send(healthz, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    Duration toReady = Duration.ofNanos(System.nanoTime() - lab.launchedAtNanos());
                    return new Started(lab, toReady, ProcessCpu.of(lab.pid()).ticks() / ProcessCpu.TICKS_PER_SECOND);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        lab.close();
        throw new IllegalStateException("the lab did not answer /healthz in " + GIVE_UP.toSeconds() + " s");
    }

    /** {@code java -version}: the floor any JVM program starts from. */
    static Duration bareJvm() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * A lab that answered, how long after launch, and the CPU seconds it had used by then: on a machine shared with
     * other work the wall time says how busy the machine was, the CPU time what the start itself costs.
     */
    record Started(ChildLab lab, Duration toReady, double cpuSeconds) {
    }
}
