package dev.rbaclab.classroom;

import java.time.Instant;
import java.util.List;

/** A workshop: its join code, the lessons it covers, its mode, deadline and whether learners may join. */
public record Workshop(String id, String code, String title, String ownerId, WorkshopMode mode, List<String> lessons,
                       Instant deadline, boolean open, Instant createdAt) {

    public Workshop {
        lessons = List.copyOf(lessons);
    }

    /** Graded scores stop changing at the deadline. */
    public boolean frozenAt(Instant now) {
        return mode == WorkshopMode.GRADED && deadline != null && !now.isBefore(deadline);
    }

    public boolean graded() {
        return mode == WorkshopMode.GRADED;
    }
}
