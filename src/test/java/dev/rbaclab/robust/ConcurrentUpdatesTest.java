package dev.rbaclab.robust;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Optimistic concurrency under load, over the real HTTPS API: many clients read a ConfigMap counter, add one and
 * PUT it back with the resourceVersion they read. Every write either wins (and no other write of the same value
 * does) or is a 409 Conflict with kube-apiserver's exact words; nothing else happens and no update is lost.
 *
 * <p>Size: the issue asks for 16 clients × 1,000 cycles (32,000 requests, each one audited, every winning PUT a
 * durable commit under the sandbox's write lock). Measured on the shared 2-core machine: 16 × 1,000 took 55 s of test
 * time at load average 7 and 113 s at load average 60, too long for CI. CI runs 16 × 100 (12 to 20 s there). The lost
 * update this test found (H2 letting two writers hold the sandbox's lock, see JdbiObjectStore#lockSandbox) showed in
 * every run of 16 × 150 or more; whether 16 × 100 would always show it is not known. The full size:
 * {@code -Drobust.cycles=1000} (and {@code -Drobust.clients=}).
 */
// a guard against a hang, not a speed assertion: every request also has its own 30 s timeout (ApiClient)
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class ConcurrentUpdatesTest {

    static final int CLIENTS = Integer.getInteger("robust.clients", 16);
    static final int CYCLES = Integer.getInteger("robust.cycles", 100);

    private static final String PATH = "/api/v1/namespaces/default/configmaps/counter";
    private static final String CONFLICT = "Operation cannot be fulfilled on configmaps \"counter\": the object has "
            + "been modified; please apply your changes to the latest version and try again";

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    @Test
    void everyStaleWriteIsAConflictAndNoUpdateIsLost() throws Exception {
        SandboxCreated sandbox = lab.get().newSandbox();
        ApiClient.Response created = lab.get().api(sandbox).post("/api/v1/namespaces/default/configmaps",
                "{\"metadata\":{\"name\":\"counter\"},\"data\":{\"count\":\"0\"}}");
        assertThat(created.code()).as(created.body()).isEqualTo(201);

        Map<Integer, Integer> writersOfValue = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        Map<String, Integer> unexpected = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                // each client has its own connections, as separate kubectl processes would
                ApiClient api = lab.get().api(sandbox);
                running.add(clients.submit(() -> {
                    for (int cycle = 0; cycle < CYCLES; cycle++) {
                        ObjectNode counter = (ObjectNode) api.get(PATH).json();
                        int next = Integer.parseInt(counter.path("data").path("count").asText()) + 1;
                        ((ObjectNode) counter.path("data")).put("count", Integer.toString(next));
                        ApiClient.Response written = api.put(PATH, Json.write(counter));
                        if (written.code() == 200) {
                            writersOfValue.merge(next, 1, Integer::sum);
                        } else if (written.code() == 409 && isConflictStatus(written)) {
                            conflicts.incrementAndGet();
                        } else {
                            unexpected.merge(written.code() + " " + written.body(), 1, Integer::sum);
                        }
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }

        int successes = writersOfValue.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(unexpected).as("answers other than 200 or the exact 409").isEmpty();
        assertThat(successes + conflicts.get()).isEqualTo(CLIENTS * CYCLES);
        assertThat(new TreeMap<>(writersOfValue)).as("each value written by exactly one winner")
                .allSatisfy((value, writers) -> assertThat(writers).as("writers of %d", value).isEqualTo(1));
        assertThat(writersOfValue.keySet()).as("the winners wrote 1, 2, 3, ... without a gap")
                .allSatisfy(value -> assertThat(value).isBetween(1, successes));
        String finalCount = lab.get().api(sandbox).get(PATH).json().path("data").path("count").asText();
        assertThat(Integer.parseInt(finalCount)).as("final value = successful updates").isEqualTo(successes);
        assertThat(conflicts.get()).as("with %d clients some writes must have been stale", CLIENTS).isPositive();
    }

    private static boolean isConflictStatus(ApiClient.Response response) {
        var status = response.json();
        return status.path("kind").asText().equals("Status") && status.path("reason").asText().equals("Conflict")
                && status.path("code").asInt() == 409 && status.path("message").asText().equals(CONFLICT)
                && status.path("details").path("name").asText().equals("counter")
                && status.path("details").path("kind").asText().equals("configmaps");
    }
}
