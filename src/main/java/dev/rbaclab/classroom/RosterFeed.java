package dev.rbaclab.classroom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.progress.ProgressRepository;
import dev.rbaclab.progress.StepProgress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Live updates for instructors' dashboards. A learner's command or check marks them as changed; every
 * {@link #FLUSH_MILLIS} the changed learners' rows (and the class-wide summary) are computed once and pushed to
 * every dashboard of their workshops — a burst of 300 learners' commands costs one message per learner per flush,
 * and no dashboard ever polls.
 */
public final class RosterFeed implements AutoCloseable {

    static final long FLUSH_MILLIS = 250;

    /** A connected dashboard. */
    public interface Subscriber {
        Locale locale();

        /** Sends one server-sent event; false when the dashboard has gone. */
        boolean send(String event, String data);
    }

    private final WorkshopRepository workshops;
    private final WorkshopService service;
    private final ProgressRepository progress;
    private final ActivityTracker activity;
    private final Roster roster;
    private final Clock clock;
    private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> pending = new HashMap<>();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "roster-feed");
        thread.setDaemon(true);
        return thread;
    });

    public RosterFeed(WorkshopRepository workshops, WorkshopService service, ProgressRepository progress,
                      ActivityTracker activity, Roster roster, Clock clock) {
        this.workshops = workshops;
        this.service = service;
        this.progress = progress;
        this.activity = activity;
        this.roster = roster;
        this.clock = clock;
        flusher.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    public void subscribe(Workshop workshop, Subscriber subscriber) {
        subscribers.computeIfAbsent(workshop.id(), k -> new CopyOnWriteArrayList<>()).add(subscriber);
    }

    public void unsubscribe(Workshop workshop, Subscriber subscriber) {
        List<Subscriber> list = subscribers.get(workshop.id());
        if (list != null) {
            list.remove(subscriber);
        }
    }

    /** A learner did something that may change their row. */
    public void learnerChanged(String learnerId) {
        if (subscribers.isEmpty()) {
            return;
        }
        for (Membership membership : workshops.membershipsOf(learnerId)) {
            if (subscribers.containsKey(membership.workshopId())) {
                synchronized (pending) {
                    pending.computeIfAbsent(membership.workshopId(), k -> new LinkedHashSet<>()).add(learnerId);
                }
            }
        }
    }

    public void progressChanged(StepProgress changed) {
        learnerChanged(changed.learnerId());
    }

    void flush() {
        Map<String, Set<String>> batch;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return;
            }
            batch = new HashMap<>(pending);
            pending.clear();
        }
        for (Map.Entry<String, Set<String>> entry : batch.entrySet()) {
            List<Subscriber> list = subscribers.get(entry.getKey());
            if (list == null || list.isEmpty()) {
                continue;
            }
            workshops.byId(entry.getKey()).ifPresent(workshop -> push(workshop, entry.getValue(), list));
        }
    }

    private void push(Workshop workshop, Set<String> learnerIds, List<Subscriber> list) {
        Instant now = clock.instant();
        Map<Locale, String> messages = new HashMap<>();
        List<Roster.Column> columns = roster.columns(workshop, Locale.ENGLISH);
        List<Membership> members = service.members(workshop);
        Map<String, List<StepProgress>> byLearner = new HashMap<>();
        progress.forLearners(members.stream().map(Membership::learnerId).toList())
                .forEach(p -> byLearner.computeIfAbsent(p.learnerId(), k -> new ArrayList<>()).add(p));
        ArrayNode rows = Json.array();
        for (Membership member : members) {
            if (learnerIds.contains(member.learnerId())) {
                rows.add(rowJson(roster.row(member, columns, byLearner.getOrDefault(member.learnerId(), List.of()),
                        activity.of(member.learnerId()), now)));
            }
        }
        List<StepProgress> everyone = byLearner.values().stream().flatMap(List::stream).toList();
        for (Subscriber subscriber : list) {
            String message = messages.computeIfAbsent(subscriber.locale(), locale -> {
                ObjectNode update = Json.object();
                update.set("rows", rows);
                update.set("summary", summaryJson(roster.summary(roster.columns(workshop, locale), everyone, locale)));
                return Json.write(update);
            });
            if (!subscriber.send("roster", message)) {
                list.remove(subscriber);
            }
        }
    }

    public static ObjectNode rowJson(Roster.Row row) {
        ObjectNode json = Json.object();
        json.put("learner", row.learnerId());
        json.put("name", row.name());
        json.put("total", row.total());
        json.put("max", row.max());
        json.put("lastActivity", row.lastActivity() == null ? null : row.lastActivity().toString());
        json.put("stuck", row.stuck());
        json.put("stuckReason", row.stuckReason());
        ArrayNode cells = json.putArray("cells");
        for (Roster.Cell cell : row.cells()) {
            cells.addObject().put("status", cell.status()).put("score", cell.score()).put("max", cell.maxScore())
                    .put("attempts", cell.attempts()).put("failedChecks", cell.failedChecks())
                    .put("seconds", cell.secondsOnStep());
        }
        return json;
    }

    public static ArrayNode summaryJson(List<Roster.StepSummary> summaries) {
        ArrayNode array = Json.array();
        for (Roster.StepSummary summary : summaries) {
            array.addObject().put("step", summary.column().key()).put("passed", summary.passed())
                    .put("attempted", summary.attempted()).put("hardestCheck", summary.hardestCheck())
                    .put("hardestCheckFailures", summary.hardestCheckFailures());
        }
        return array;
    }

    @Override
    public void close() {
        flusher.shutdownNow();
    }
}
