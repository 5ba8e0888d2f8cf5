package dev.rbaclab.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rbaclab.kubectl.config.KubeconfigState;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/** The {@code console_state} table. */
public final class ConsoleStateRepository {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleStateRepository.class);
    /** Records in, records out; a state written by an older version with fewer fields still loads. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<Map<String, String>> FILES = new TypeReference<>() {
    };

    private final Jdbi jdbi;

    public ConsoleStateRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<ConsoleState> load(String learnerId, String sandboxId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT kubeconfig, files, cwd FROM console_state "
                        + "WHERE learner_id = :learner AND sandbox_id = :sandbox")
                .bind("learner", learnerId)
                .bind("sandbox", sandboxId)
                .map((rs, ctx) -> decode(rs.getString("kubeconfig"), rs.getString("files"), rs.getString("cwd")))
                .findOne()
                .flatMap(state -> state));
    }

    public void save(String learnerId, String sandboxId, ConsoleState state, Instant at) {
        String kubeconfig;
        String files;
        try {
            kubeconfig = MAPPER.writeValueAsString(state.kubeconfig());
            files = MAPPER.writeValueAsString(state.files());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO console_state (learner_id, sandbox_id, kubeconfig, files, cwd, "
                        + "updated_at) KEY (learner_id, sandbox_id) VALUES (:learner, :sandbox, :kubeconfig, :files, "
                        + ":cwd, :at)")
                .bind("learner", learnerId)
                .bind("sandbox", sandboxId)
                .bind("kubeconfig", kubeconfig)
                .bind("files", files)
                .bind("cwd", state.cwd())
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .execute());
    }

    private static Optional<ConsoleState> decode(String kubeconfig, String files, String cwd) {
        try {
            return Optional.of(new ConsoleState(MAPPER.readValue(kubeconfig, KubeconfigState.class),
                    MAPPER.readValue(files, FILES), cwd));
        } catch (JsonProcessingException | RuntimeException e) {
            // a state the console cannot read starts over from the sandbox's kubeconfig; history is kept apart
            LOG.warn("could not read a saved console state; starting from the sandbox kubeconfig", e);
            return Optional.empty();
        }
    }
}
