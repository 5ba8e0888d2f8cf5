package dev.rbaclab.classroom;

import dev.rbaclab.console.ConsoleHistoryRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each learner did last in the console and how many of their latest commands in a row were refused (401/403):
 * kept in memory as commands run, read from the console history the first time a learner is asked about.
 */
public final class ActivityTracker {

    /** This many refused commands in a row mark a learner as stuck. */
    public static final int DENIED_STREAK_STUCK = 3;
    private static final int LOOK_BACK = 10;

    private final ConsoleHistoryRepository history;
    private final Map<String, Activity> activities = new ConcurrentHashMap<>();

    public ActivityTracker(ConsoleHistoryRepository history) {
        this.history = history;
    }

    /** A learner's last command time (null: none yet) and run of refused commands. */
    public record Activity(Instant lastCommand, int deniedStreak) {
    }

    public void commandRan(String learnerId, Instant at, boolean denied) {
        activities.compute(learnerId, (id, old) -> {
            Activity known = old != null ? old : load(id);
            return new Activity(at, denied ? known.deniedStreak() + 1 : 0);
        });
    }

    public Activity of(String learnerId) {
        return activities.computeIfAbsent(learnerId, this::load);
    }

    private Activity load(String learnerId) {
        List<ConsoleHistoryRepository.Activity> latest = history.latestActivity(learnerId, LOOK_BACK);
        int streak = 0;
        while (streak < latest.size() && latest.get(streak).denied()) {
            streak++;
        }
        return new Activity(latest.isEmpty() ? null : latest.get(0).at(), streak);
    }
}
