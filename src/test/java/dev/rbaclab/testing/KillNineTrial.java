package dev.rbaclab.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One durability trial: writers make acknowledged writes to a sandbox of a child lab through its real HTTPS API with
 * the sandbox's admin token — each creates ConfigMaps and keeps updating one ConfigMap of its own — the lab is killed
 * with SIGKILL, restarted on the same files, and every acknowledged write is looked up again: the object must be
 * there with the same uid and at least the acknowledged resourceVersion (an update that was in flight at the kill may
 * have landed unacknowledged, never one older). Used by the CI test (one trial) and the benchmark (twenty).
 */
public final class KillNineTrial {

    private static final String CONFIG_MAPS = "/api/v1/namespaces/default/configmaps";

    /** When to kill: once {@code acknowledgedWrites} writes got their answer, then {@code thenMillis} later. */
    public record KillMoment(int acknowledgedWrites, long thenMillis) {
        public KillMoment {
            if (acknowledgedWrites < 1 || thenMillis < 0) {
                throw new IllegalArgumentException("kill after at least one acknowledged write, never before it");
            }
        }
    }

    /**
     * What a trial found: acknowledged writes, writes the live server refused (any answer but 201/200: a bug, not the
     * kill), those missing after the restart, those with another uid or an older resourceVersion, the highest
     * acknowledged resourceVersion and the first one handed out after the restart.
     */
    public record Outcome(int acknowledged, int refused, int lost, int stale, long maxVersionBefore, long firstVersionAfter) {
        public boolean clean() {
            return refused == 0 && lost == 0 && stale == 0 && firstVersionAfter > maxVersionBefore;
        }
    }

    /** The last acknowledged state of one object. */
    private record Write(String name, String uid, long resourceVersion) {
    }

    private KillNineTrial() {
    }

    public static Outcome run(Path directory, int writers, KillMoment moment) throws Exception {
        Map<String, Write> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        JsonNode sandbox;
        try (ChildLab lab = new ChildLab(directory)) {
            lab.start();
            sandbox = lab.createSandbox();
            ApiClient api = new ApiClient(sandbox.path("server").asText(), sandbox.path("token").asText(), lab.caCertificate());
            AtomicBoolean running = new AtomicBoolean(true);
            CountDownLatch enough = new CountDownLatch(moment.acknowledgedWrites());
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Thread thread = new Thread(new Writer(api, "w" + w, acknowledged, refused, enough, running));
                thread.start();
                threads.add(thread);
            }
            if (!enough.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("only " + acknowledged.size() + " writes acknowledged in 60 s; see " + directory.resolve("lab.log"));
            }
            Thread.sleep(moment.thenMillis());
            lab.killNine();
            running.set(false);
            for (Thread thread : threads) {
                thread.join(30_000);
            }
        }
        try (ChildLab again = new ChildLab(directory)) {
            again.start();
            // the restarted lab listens on other ports: the same sandbox path and token, another port
            ApiClient api = new ApiClient(sandbox.path("server").asText().replaceAll(":\\d+/", ":" + again.apiUrlPort() + "/"),
                    sandbox.path("token").asText(), again.caCertificate());
            int lost = 0;
            int stale = 0;
            long maxBefore = 0;
            for (Write write : acknowledged.values()) {
                maxBefore = Math.max(maxBefore, write.resourceVersion());
                ApiClient.Response response = api.get(CONFIG_MAPS + "/" + write.name());
                if (response.code() != 200) {
                    lost++;
                    continue;
                }
                JsonNode meta = response.json().path("metadata");
                if (!meta.path("uid").asText().equals(write.uid()) || meta.path("resourceVersion").asLong() < write.resourceVersion()) {
                    stale++;
                }
            }
            ApiClient.Response after = api.post(CONFIG_MAPS, "{\"metadata\":{\"name\":\"after-restart\"}}");
            if (after.code() != 201) {
                throw new IllegalStateException("a write after the restart answered " + after.code() + ": " + after.body());
            }
            return new Outcome(acknowledged.size(), refused.get(), lost, stale, maxBefore, after.json().path("metadata").path("resourceVersion").asLong());
        }
    }

    /**
     * One writer: creates {@code <prefix>-<n>} and updates {@code <prefix>-counter} in turn, recording each write the
     * server acknowledged (201 or 200), until it is stopped or the server dies under it.
     */
    private record Writer(ApiClient api, String prefix, Map<String, Write> acknowledged, AtomicInteger refused,
                          CountDownLatch enough, AtomicBoolean running) implements Runnable {

        @Override
        public void run() {
            try {
                write();
            } catch (RuntimeException e) {
                // the server died under us: the write in flight was never acknowledged
            }
        }

        private void write() {
            String counter = prefix + "-counter";
            if (!acknowledge(counter, api.post(CONFIG_MAPS, configMap(counter, 0)), 201)) {
                return;
            }
            for (int n = 1; running.get(); n++) {
                String created = prefix + "-" + n;
                boolean answered = n % 2 == 0
                        ? acknowledge(created, api.post(CONFIG_MAPS, configMap(created, n)), 201)
                        : acknowledge(counter, api.patch(CONFIG_MAPS + "/" + counter, "application/merge-patch+json",
                                "{\"data\":{\"n\":\"" + n + "\"}}"), 200);
                if (!answered) {
                    return;
                }
            }
        }

        /** False when the server answered something else, which the trial counts as refused. */
        private boolean acknowledge(String name, ApiClient.Response response, int expected) {
            if (response.code() != expected) {
                refused.incrementAndGet();
                return false;
            }
            JsonNode meta = response.json().path("metadata");
            acknowledged.put(name, new Write(name, meta.path("uid").asText(), meta.path("resourceVersion").asLong()));
            enough.countDown();
            return true;
        }

        private static String configMap(String name, int n) {
            return "{\"metadata\":{\"name\":\"" + name + "\"},\"data\":{\"n\":\"" + n + "\"}}";
        }
    }
}
