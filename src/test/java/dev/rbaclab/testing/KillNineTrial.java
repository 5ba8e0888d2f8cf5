package dev.rbaclab.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One durability trial: writers make acknowledged writes to a child lab, the lab is killed with SIGKILL at a moment
 * the caller chooses, restarted on the same files, and every acknowledged write (uid and resourceVersion) is
 * looked up again. Used by the CI test (one trial) and the benchmark (twenty).
 */
public final class KillNineTrial {

    /** What a trial found. */
    public record Outcome(int acknowledged, int lost, int changed, long maxVersionBefore, long firstVersionAfter) {
        public boolean clean() {
            return lost == 0 && changed == 0 && firstVersionAfter > maxVersionBefore;
        }
    }

    private record Write(String name, String uid, long resourceVersion) {
    }

    public static Outcome run(Path directory, int writers, long killAfterMillis) throws Exception {
        Map<String, Write> acknowledged = new ConcurrentHashMap<>();
        JsonNode sandbox;
        try (ChildLab lab = new ChildLab(directory)) {
            lab.start();
            sandbox = lab.createSandbox();
            ApiClient api = new ApiClient(sandbox.path("server").asText(), sandbox.path("token").asText(), lab.caCertificate());
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                Thread thread = new Thread(() -> {
                    for (int i = 0; running.get(); i++) {
                        String name = "w" + writer + "-" + i;
                        try {
                            ApiClient.Response response = api.post("/api/v1/namespaces/default/configmaps",
                                    "{\"metadata\":{\"name\":\"" + name + "\"},\"data\":{\"n\":\"" + i + "\"}}");
                            if (response.code() == 201) {
                                JsonNode meta = response.json().path("metadata");
                                acknowledged.put(name, new Write(name, meta.path("uid").asText(), meta.path("resourceVersion").asLong()));
                            }
                        } catch (RuntimeException e) {
                            return; // the server died under us: this write was never acknowledged
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            Thread.sleep(killAfterMillis);
            lab.killNine();
            running.set(false);
            for (Thread thread : threads) {
                thread.join(10_000);
            }
        }
        try (ChildLab again = new ChildLab(directory)) {
            again.start();
            ApiClient api = new ApiClient(sandbox.path("server").asText().replaceAll(":\\d+/", ":" + portOf(again) + "/"),
                    sandbox.path("token").asText(), again.caCertificate());
            int lost = 0;
            int changed = 0;
            long maxBefore = 0;
            for (Write write : acknowledged.values()) {
                maxBefore = Math.max(maxBefore, write.resourceVersion());
                ApiClient.Response response = api.get("/api/v1/namespaces/default/configmaps/" + write.name());
                if (response.code() != 200) {
                    lost++;
                } else {
                    JsonNode meta = response.json().path("metadata");
                    if (!meta.path("uid").asText().equals(write.uid()) || meta.path("resourceVersion").asLong() != write.resourceVersion()) {
                        changed++;
                    }
                }
            }
            long after = api.post("/api/v1/namespaces/default/configmaps", "{\"metadata\":{\"name\":\"after-restart\"}}")
                    .json().path("metadata").path("resourceVersion").asLong();
            return new Outcome(acknowledged.size(), lost, changed, maxBefore, after);
        }
    }

    private static int portOf(ChildLab lab) {
        return Integer.parseInt(lab.apiUrlPort());
    }
}
