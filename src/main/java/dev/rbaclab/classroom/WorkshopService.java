package dev.rbaclab.classroom;

import dev.rbaclab.cluster.sandbox.Tokens;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Workshops: creating them with a join code, who may see and manage them (deny by default: the owner, or an admin),
 * learners joining under a display name, and what a workshop changes for its learners (their lessons, solutions in
 * graded mode, scores frozen at the deadline).
 */
public final class WorkshopService {

    /** No 0/O or 1/I/L: codes are read aloud and typed from a projector. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 6;
    static final int MAX_TITLE = 200;
    static final int MAX_NAME = 60;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WorkshopRepository workshops;
    private final Set<String> knownLessons;
    private final Clock clock;

    public WorkshopService(WorkshopRepository workshops, Set<String> knownLessons, Clock clock) {
        this.workshops = workshops;
        this.knownLessons = Set.copyOf(knownLessons);
        this.clock = clock;
    }

    /** The new workshop, or the message key of what is wrong with the request. */
    public Result<Workshop> create(Instructor owner, String title, List<String> lessons, WorkshopMode mode,
                                   Instant deadline) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            return Result.problem("workshop.bad_title");
        }
        if (lessons == null || lessons.isEmpty() || !knownLessons.containsAll(lessons)) {
            return Result.problem("workshop.bad_lessons");
        }
        if (deadline != null && mode == WorkshopMode.PRACTICE) {
            return Result.problem("workshop.deadline_needs_graded");
        }
        Workshop workshop = new Workshop(Tokens.id(16), freeCode(), cleanTitle, owner.id(), mode,
                List.copyOf(new java.util.LinkedHashSet<>(lessons)), deadline, true, clock.instant());
        workshops.insert(workshop);
        return Result.of(workshop);
    }

    private String freeCode() {
        while (true) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            if (workshops.byCode(code.toString()).isEmpty()) {
                return code.toString();
            }
        }
    }

    /** The workshops an instructor sees: their own, or every one for an admin. */
    public List<Workshop> visibleTo(Instructor instructor) {
        return instructor.admin() ? workshops.all() : workshops.ownedBy(instructor.id());
    }

    /** A workshop the instructor may see and manage; empty for anyone else (as if it did not exist). */
    public Optional<Workshop> manageable(Instructor instructor, String code) {
        return byCode(code).filter(w -> instructor.admin() || w.ownerId().equals(instructor.id()));
    }

    public Optional<Workshop> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return workshops.byCode(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public void setOpen(Workshop workshop, boolean open) {
        workshops.setOpen(workshop.id(), open);
    }

    /** A learner joins (or, from the same browser, rejoins and resumes); the message key when they cannot. */
    public Result<Workshop> join(String code, String learnerId, String displayName) {
        Optional<Workshop> workshop = byCode(code);
        if (workshop.isEmpty()) {
            return Result.problem("join.unknown_code");
        }
        Optional<Membership> existing = workshops.member(workshop.get().id(), learnerId);
        if (existing.isPresent()) {
            return Result.of(workshop.get());
        }
        if (!workshop.get().open()) {
            return Result.problem("join.closed");
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            return Result.problem("join.bad_name");
        }
        workshops.addMember(new Membership(workshop.get().id(), learnerId, name, clock.instant()));
        return Result.of(workshop.get());
    }

    public List<Membership> members(Workshop workshop) {
        return workshops.members(workshop.id());
    }

    public Optional<Membership> member(Workshop workshop, String learnerId) {
        return workshops.member(workshop.id(), learnerId);
    }

    /** The workshop a learner works in now: the one they joined last. */
    public Optional<Workshop> currentWorkshop(String learnerId) {
        return workshops.membershipsOf(learnerId).stream().findFirst().flatMap(m -> workshops.byId(m.workshopId()));
    }

    /** Whether the learner's scores may no longer change (a graded workshop past its deadline). */
    public boolean scoresFrozen(String learnerId) {
        Instant now = clock.instant();
        return currentWorkshop(learnerId).map(w -> w.frozenAt(now)).orElse(false);
    }

    /** Solutions are for practice; in a graded workshop only when the instructor revealed this one. */
    public boolean solutionAllowed(String learnerId, String lessonId, String stepId) {
        Optional<Workshop> workshop = currentWorkshop(learnerId);
        return workshop.isEmpty() || !workshop.get().graded()
                || workshops.revealed(workshop.get().id(), learnerId, lessonId, stepId);
    }

    public void reveal(Workshop workshop, String learnerId, String lessonId, String stepId) {
        workshops.reveal(workshop.id(), learnerId, lessonId, stepId, clock.instant());
    }

    /** A value, or the message key of why there is none. */
    public record Result<T>(T value, String problem) {
        static <T> Result<T> of(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> problem(String key) {
            return new Result<>(null, key);
        }

        public boolean ok() {
            return problem == null;
        }
    }
}
