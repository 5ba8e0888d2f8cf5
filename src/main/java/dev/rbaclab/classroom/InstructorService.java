package dev.rbaclab.classroom;

import dev.rbaclab.cluster.sandbox.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Instructors: the first one at first start, signing in and out, adding others, API tokens for graders. */
public final class InstructorService {

    private static final Logger LOG = LoggerFactory.getLogger(InstructorService.class);
    static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    static final String FIRST_USERNAME = "admin";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final InstructorRepository instructors;
    private final Clock clock;

    public InstructorService(InstructorRepository instructors, Clock clock) {
        this.instructors = instructors;
        this.clock = clock;
    }

    /**
     * At the very first start, the first instructor ({@code admin}), an admin, with the configured password or a
     * generated one that is logged once. Later starts change nothing.
     */
    public void bootstrap(String configuredPassword) {
        if (instructors.count() > 0) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? Tokens.bearer().substring(0, 20) : configuredPassword;
        instructors.insert(new Instructor(Tokens.id(16), FIRST_USERNAME, true, clock.instant()), Passwords.hash(password));
        if (generated) {
            LOG.warn("First instructor created: user '{}', password '{}' (shown only now; set LAB_ADMIN_PASSWORD to "
                    + "choose it)", FIRST_USERNAME, password);
        } else {
            LOG.info("First instructor created: user '{}' with the password from LAB_ADMIN_PASSWORD", FIRST_USERNAME);
        }
    }

    /** A new session for a right user name and password. */
    public Optional<SignedIn> signIn(String username, String password) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Optional<String> hash = instructors.passwordHash(name);
        boolean ok = Passwords.matches(hash.orElseGet(() -> UnknownUser.HASH), password) && hash.isPresent();
        if (!ok) {
            return Optional.empty();
        }
        Instructor instructor = instructors.byUsername(name).orElseThrow();
        InstructorCredential credential = new InstructorCredential(Tokens.id(16), Tokens.bearer());
        Instant now = clock.instant();
        instructors.insertSession(credential.sessionId(), instructor.id(), credential.secretHash(), now,
                now.plus(SESSION_LIFETIME));
        return Optional.of(new SignedIn(instructor, credential));
    }

    public Optional<Instructor> authenticate(InstructorCredential credential) {
        if (credential == null) {
            return Optional.empty();
        }
        return instructors.sessionInstructor(credential.sessionId(), credential.secretHash(), clock.instant());
    }

    public void signOut(InstructorCredential credential) {
        if (credential != null) {
            instructors.deleteSession(credential.sessionId());
        }
    }

    /** Adds an instructor; the message key of the problem when the name or password cannot be used. */
    public Optional<String> add(String username, String password, boolean admin) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            return Optional.of("instructor.bad_username");
        }
        String problem = Passwords.problem(password);
        if (problem != null) {
            return Optional.of(problem);
        }
        if (instructors.byUsername(name).isPresent()) {
            return Optional.of("instructor.username_taken");
        }
        instructors.insert(new Instructor(Tokens.id(16), name, admin, clock.instant()), Passwords.hash(password));
        return Optional.empty();
    }

    public List<Instructor> all() {
        return instructors.all();
    }

    /** A new API token for graders' scripts (the old one stops working); shown once. */
    public String newApiToken(String instructorId) {
        String token = "rbl_" + Tokens.bearer();
        instructors.setApiTokenHash(instructorId, InstructorCredential.sha256("api-token:" + token));
        return token;
    }

    public Optional<Instructor> byApiToken(String token) {
        if (token == null || !token.startsWith("rbl_") || token.length() > 200) {
            return Optional.empty();
        }
        return instructors.byApiTokenHash(InstructorCredential.sha256("api-token:" + token));
    }

    /** An instructor with the cookie that proves the session. */
    public record SignedIn(Instructor instructor, InstructorCredential credential) {
    }

    /**
     * Compared against when the user name is unknown, so that a wrong name takes as long as a wrong password. Made on
     * first use (a holder class), not at start: one bcrypt hash at cost 12 was a third of the lab's start-up CPU.
     */
    private static final class UnknownUser {
        static final String HASH = Passwords.hash("not-a-real-password-0");
    }
}
