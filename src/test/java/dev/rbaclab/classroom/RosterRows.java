package dev.rbaclab.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The dashboard's view of the roster, as its JavaScript keeps it: the latest row of every learner from the "roster"
 * events. One event can carry several learners' rows, so waiting for one learner must not drop the others.
 */
final class RosterRows {

    private final SseListener live;
    private final Map<String, JsonNode> latest = new LinkedHashMap<>();

    RosterRows(SseListener live) {
        this.live = live;
    }

    /** Waits until this learner's latest row is in the state the predicate wants, and returns it. */
    JsonNode await(String learnerId, Predicate<JsonNode> wanted) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            JsonNode row = latest.get(learnerId);
            if (row != null && wanted.test(row)) {
                return row;
            }
            long left = deadline - System.currentTimeMillis();
            SseListener.Event event = left <= 0 ? null : live.next("roster", left);
            if (event == null) {
                throw new AssertionError("no roster update for " + learnerId + " in the wanted state; latest rows: "
                        + latest.values() + "; " + live.describe());
            }
            for (JsonNode update : Json.parse(event.data()).path("rows")) {
                latest.put(update.path("learner").asText(), update);
            }
        }
    }
}
