package dev.rbaclab.grading;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.rbac.PolicyRule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What grading may ask about a sandbox. Reading goes to the sandbox's storage and authorizer directly: a check is
 * the lab looking, not a request the learner made, so it leaves no trace in the learner's audit log.
 */
public interface SandboxProbe {

    Optional<JsonNode> object(String sandboxId, String group, String resource, String namespace, String name);

    /** The sandbox's authorizer (union of system:masters and RBAC). */
    boolean allowed(String sandboxId, Attributes attributes);

    /** Every rule the user holds in the namespace ("" for cluster scope), from the sandbox's bindings. */
    List<PolicyRule> rules(String sandboxId, UserInfo user, String namespace);

    /** The rules the default policy alone gives this user (discovery, self-reviews, ...), never held against a learner. */
    List<PolicyRule> defaultRules(UserInfo user, String namespace);

    /** Requests recorded for the sandbox since the instant, oldest first. */
    List<RecordedRequest> requests(String sandboxId, Instant since);

    /** One request of the audit log, as a request check matches it. */
    record RecordedRequest(Instant at, String user, String verb, String uri, int code, String source) {
    }
}
