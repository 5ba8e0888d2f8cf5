package dev.rbaclab.learners;

import org.jdbi.v3.core.Jdbi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The {@code learners} table. */
public final class LearnerRepository {

    private final Jdbi jdbi;

    public LearnerRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void insert(Learner learner, LearnerCredential credential) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO learners (id, secret_hash, display_name, locale, created_at) "
                        + "VALUES (:id, :hash, :name, :locale, :created)")
                .bind("id", learner.id())
                .bind("hash", credential.secretHash())
                .bind("name", learner.displayName())
                .bind("locale", learner.locale())
                .bind("created", OffsetDateTime.ofInstant(learner.createdAt(), ZoneOffset.UTC))
                .execute());
    }

    /** The learner the credential proves, if its secret is right. */
    public Optional<Learner> authenticate(LearnerCredential credential) {
        if (credential == null) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM learners WHERE id = :id")
                .bind("id", credential.learnerId())
                .map((rs, ctx) -> {
                    boolean ok = MessageDigest.isEqual(rs.getString("secret_hash").getBytes(StandardCharsets.UTF_8),
                            credential.secretHash().getBytes(StandardCharsets.UTF_8));
                    return ok ? new Learner(rs.getString("id"), rs.getString("display_name"), rs.getString("locale"),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant()) : null;
                })
                .findOne());
    }

    public java.util.Optional<String> currentSandbox(String learnerId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT current_sandbox_id FROM learners WHERE id = :id")
                .bind("id", learnerId).mapTo(String.class).findOne().filter(s -> s != null && !s.isEmpty()));
    }

    public void setCurrentSandbox(String learnerId, String sandboxId) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE learners SET current_sandbox_id = :s WHERE id = :id")
                .bind("s", sandboxId).bind("id", learnerId).execute());
    }

    public void updateLocale(String learnerId, String locale) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE learners SET locale = :locale WHERE id = :id")
                .bind("locale", locale).bind("id", learnerId).execute());
    }

    public void updateDisplayName(String learnerId, String displayName) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE learners SET display_name = :name WHERE id = :id")
                .bind("name", displayName).bind("id", learnerId).execute());
    }

}
