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
 * Live updates for instructors' dashboards. A learner's command or check marks them as changed; within
 * {@link #FLUSH_MILLIS} the changed learners' rows are computed once and pushed to every dashboard of their
 * workshops — a burst of 300 learners' commands costs one message per learner per flush, and no dashboard ever
 * polls. The class-wide summary, which reads everyone's progress, is recomputed at most every
 * {@link #SUMMARY_MILLIS}.
 */
public final class RosterFeed implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RosterFeed.class);

    static final long FLUSH_MILLIS = 50;
    static final long SUMMARY_MILLIS = 2000;
    /** A comment this often keeps idle streams open through Jetty's and proxies' idle timeouts. */
    static final long HEARTBEAT_SECONDS = 10;

    /** A connected dashboard. */
    public interface Subscriber {
        Locale locale();

        /** Sends one server-sent event; false when the dashboard has gone. */
        boolean send(String event, String data);

        /** Sends a comment that carries nothing but keeps the connection alive; false when the dashboard has gone. */
        boolean ping();
    }

    private final WorkshopRepository workshops;
    private final WorkshopService service;
    private final ProgressRepository progress;
    private final ActivityTracker activity;
    private final Roster roster;
    private final Clock clock;
    private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> pending = new HashMap<>();
    private final Map<String, Long> summaryAt = new ConcurrentHashMap<>();
    private final Set<String> summaryScheduled = ConcurrentHashMap.newKeySet();
    private boolean flushScheduled;
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
        flusher.scheduleAtFixedRate(this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * A dashboard connects (or reconnects after a network hiccup): it gets every row and the summary at once, then
     * the changes — so nothing that happened while it was away is missing.
     */
    public void subscribe(Workshop workshop, Subscriber subscriber) {
        subscribers.computeIfAbsent(workshop.id(), k -> new CopyOnWriteArrayList<>()).add(subscriber);
        flusher.execute(() -> {
            try {
                Set<String> everyone = new LinkedHashSet<>();
                service.members(workshop).forEach(member -> everyone.add(member.learnerId()));
                push(workshop, everyone, List.of(subscriber), true);
            } catch (RuntimeException e) {
                LOG.warn("could not send the roster to a new dashboard", e);
            }
        });
    }

    private void heartbeat() {
        subscribers.values().forEach(list -> list.removeIf(subscriber -> !subscriber.ping()));
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
                    if (!flushScheduled) {
                        flushScheduled = true;
                        flusher.schedule(this::flush, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
                    }
                }
            }
        }
    }

    public void progressChanged(StepProgress changed) {
        learnerChanged(changed.learnerId());
    }

    void flush() {
        try {
            flushPending();
        } catch (RuntimeException e) {
            // a failed update must not stop the feed: the next change sends fresh rows
            LOG.warn("could not push roster updates", e);
        }
    }

    private void flushPending() {
        Map<String, Set<String>> batch;
        synchronized (pending) {
            flushScheduled = false;
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
            workshops.byId(entry.getKey()).ifPresent(workshop -> push(workshop, entry.getValue(), list, false));
        }
    }

    private void push(Workshop workshop, Set<String> learnerIds, List<Subscriber> list, boolean withSummary) {
        Instant now = clock.instant();
        Map<Locale, String> messages = new HashMap<>();
        List<Roster.Column> columns = roster.columns(workshop, Locale.ENGLISH);
        Map<String, List<StepProgress>> byLearner = new HashMap<>();
        progress.forLearners(List.copyOf(learnerIds))
                .forEach(p -> byLearner.computeIfAbsent(p.learnerId(), k -> new ArrayList<>()).add(p));
        ArrayNode rows = Json.array();
        for (String learnerId : learnerIds) {
            service.member(workshop, learnerId).ifPresent(member -> rows.add(rowJson(roster.row(member, columns,
                    byLearner.getOrDefault(learnerId, List.of()), activity.of(learnerId), now))));
        }
        long nowMillis = clock.millis();
        boolean summaryDue = withSummary || nowMillis - summaryAt.getOrDefault(workshop.id(), 0L) >= SUMMARY_MILLIS;
        List<StepProgress> everyone = summaryDue
                ? progress.forLearners(service.members(workshop).stream().map(Membership::learnerId).toList())
                : List.of();
        if (withSummary) {
            // one dashboard's snapshot: the others' summary schedule stays as it is
        } else if (summaryDue) {
            summaryAt.put(workshop.id(), nowMillis);
        } else if (summaryScheduled.add(workshop.id())) {
            // the summary waits until it is due again; one flush of it is scheduled then
            long wait = SUMMARY_MILLIS - (nowMillis - summaryAt.get(workshop.id()));
            flusher.schedule(() -> pushSummary(workshop.id()), Math.max(1, wait), TimeUnit.MILLISECONDS);
        }
        for (Subscriber subscriber : list) {
            String message = messages.computeIfAbsent(subscriber.locale(), locale -> {
                ObjectNode update = Json.object();
                update.set("rows", rows);
                if (summaryDue) {
                    update.set("summary", summaryJson(roster.summary(roster.columns(workshop, locale), everyone, locale)));
                }
                return Json.write(update);
            });
            if (!subscriber.send("roster", message)) {
                unsubscribe(workshop, subscriber);
            }
        }
    }

    private void pushSummary(String workshopId) {
        summaryScheduled.remove(workshopId);
        try {
            sendSummary(workshopId);
        } catch (RuntimeException e) {
            LOG.warn("could not push the class summary", e);
        }
    }

    private void sendSummary(String workshopId) {
        List<Subscriber> list = subscribers.get(workshopId);
        if (list == null || list.isEmpty()) {
            return;
        }
        workshops.byId(workshopId).ifPresent(workshop -> {
            summaryAt.put(workshopId, clock.millis());
            List<StepProgress> everyone = progress.forLearners(
                    service.members(workshop).stream().map(Membership::learnerId).toList());
            Map<Locale, String> messages = new HashMap<>();
            for (Subscriber subscriber : list) {
                String message = messages.computeIfAbsent(subscriber.locale(), locale -> {
                    ObjectNode update = Json.object();
                    update.set("rows", Json.array());
                    update.set("summary", summaryJson(roster.summary(roster.columns(workshop, locale), everyone, locale)));
                    return Json.write(update);
                });
                if (!subscriber.send("roster", message)) {
                    list.remove(subscriber);
                }
            }
        });
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
