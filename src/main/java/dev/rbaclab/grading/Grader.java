package dev.rbaclab.grading;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.RequestInfo;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.rbac.PolicyCompaction;
import dev.rbaclab.cluster.rbac.PolicyComparator;
import dev.rbaclab.cluster.rbac.PolicyRule;
import dev.rbaclab.cluster.request.RequestInfoResolver;
import dev.rbaclab.lessons.Check;
import dev.rbaclab.lessons.Step;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Evaluates a step's checks against a sandbox. */
public final class Grader {

    private final SandboxProbe probe;
    private final RequestInfoResolver requestInfo = new RequestInfoResolver();

    public Grader(SandboxProbe probe) {
        this.probe = probe;
    }

    /**
     * @param since   when the learner started the step (request checks look at what came after)
     * @param answers quiz answers by check id (option numbers from 1)
     */
    public StepResult evaluate(Step step, String sandboxId, Instant since, Map<String, Integer> answers) {
        List<CheckOutcome> outcomes = new ArrayList<>();
        for (Check check : step.checks()) {
            outcomes.add(evaluate(check, sandboxId, since, answers));
        }
        return StepResult.of(outcomes);
    }

    CheckOutcome evaluate(Check check, String sandboxId, Instant since, Map<String, Integer> answers) {
        if (check instanceof Check.ObjectCheck c) {
            return object(c, sandboxId);
        }
        if (check instanceof Check.AccessCheck c) {
            return access(c, sandboxId);
        }
        if (check instanceof Check.RequestCheck c) {
            return request(c, sandboxId, since);
        }
        if (check instanceof Check.PermissionsCheck c) {
            return permissions(c, sandboxId);
        }
        Check.QuizCheck quiz = (Check.QuizCheck) check;
        Integer answer = answers.get(quiz.id());
        return answer != null && answer == quiz.correctOption() ? new CheckOutcome.Passed(quiz)
                : new CheckOutcome.Failed(quiz, answer == null ? "not answered" : "answered " + answer);
    }

    private CheckOutcome object(Check.ObjectCheck check, String sandboxId) {
        Optional<JsonNode> object = probe.object(sandboxId, check.group(), check.resource(), check.namespace(), check.name());
        if (!check.exists()) {
            return object.isEmpty() ? new CheckOutcome.Passed(check) : new CheckOutcome.Failed(check, "it still exists");
        }
        if (object.isEmpty()) {
            return new CheckOutcome.Failed(check, "not found");
        }
        for (Check.FieldExpectation field : check.fields()) {
            JsonNode value = FieldPath.resolve(object.get(), field.path());
            if (field.exists() != null && field.exists() == value.isMissingNode()) {
                return new CheckOutcome.Failed(check, field.path() + (field.exists() ? " is missing" : " is set"));
            }
            if (field.equals() != null && !FieldPath.matches(value, field.equals())) {
                return new CheckOutcome.Failed(check, field.path() + " is " + (value.isMissingNode() ? "missing" : value.toString()));
            }
            if (field.contains() != null && !contains(value, field.contains())) {
                return new CheckOutcome.Failed(check, field.path() + " has no " + field.contains());
            }
        }
        return new CheckOutcome.Passed(check);
    }

    private static boolean contains(JsonNode list, JsonNode expected) {
        if (!list.isArray()) {
            return false;
        }
        for (JsonNode element : list) {
            if (FieldPath.matches(element, expected)) {
                return true;
            }
        }
        return false;
    }

    private CheckOutcome access(Check.AccessCheck check, String sandboxId) {
        UserInfo user = Subjects.user(check.subject());
        Attributes attributes = check.nonResourceURL().isEmpty()
                ? Attributes.resource(user, check.verb(), check.namespace(), check.group(), check.resource(),
                check.subresource(), check.name())
                : Attributes.nonResource(user, check.verb(), check.nonResourceURL());
        boolean allowed = probe.allowed(sandboxId, attributes);
        return allowed == check.allowed() ? new CheckOutcome.Passed(check)
                : new CheckOutcome.Failed(check, allowed ? "allowed" : "not allowed");
    }

    private CheckOutcome request(Check.RequestCheck check, String sandboxId, Instant since) {
        for (SandboxProbe.RecordedRequest recorded : probe.requests(sandboxId, since)) {
            if (!check.user().isEmpty() && !check.user().equals(recorded.user())) {
                continue;
            }
            // the audit log keeps the URI as it arrived, unescaped (an exec's command may hold quotes and spaces),
            // so it is split by hand: java.net.URI would refuse it
            String uri = recorded.uri();
            int question = uri.indexOf('?');
            String path = question < 0 ? uri : uri.substring(0, question);
            String rawQuery = question < 0 ? null : uri.substring(question + 1);
            RequestInfo info = requestInfo.resolve(method(recorded.verb()), path, query(rawQuery));
            boolean verb = check.verb().equals(recorded.verb());
            boolean resource = check.resource().isEmpty() || check.resource().equals(info.resourceWithSubresource());
            boolean namespace = check.namespace().isEmpty() || check.namespace().equals(info.namespace());
            boolean code = check.code() == null || check.code() == recorded.code();
            if (verb && resource && namespace && code) {
                return new CheckOutcome.Passed(check);
            }
        }
        return new CheckOutcome.Failed(check, "no such request since the step started");
    }

    private CheckOutcome permissions(Check.PermissionsCheck check, String sandboxId) {
        UserInfo user = Subjects.user(check.subject());
        List<PolicyRule> granted = probe.rules(sandboxId, user, check.namespace());
        List<PolicyRule> baseline = probe.defaultRules(user, check.namespace());
        List<PolicyRule> own = PolicyComparator.uncovered(baseline, granted);
        List<PolicyRule> allowed = new ArrayList<>();
        for (Check.Rule rule : check.atMost()) {
            allowed.add(new PolicyRule(rule.verbs(), rule.apiGroups(), rule.resources(), rule.resourceNames(), rule.nonResourceURLs()));
        }
        List<PolicyRule> excess = PolicyComparator.uncovered(allowed, own);
        if (!excess.isEmpty()) {
            return new CheckOutcome.TooBroad(check, PolicyCompaction.describe(excess));
        }
        if (check.exactly()) {
            List<PolicyRule> missing = PolicyComparator.uncovered(own, allowed);
            if (!missing.isEmpty()) {
                return new CheckOutcome.Failed(check, "missing " + String.join(", ", PolicyCompaction.describe(missing)));
            }
        }
        return new CheckOutcome.Passed(check);
    }

    /** The audit log keeps the verb; the method that produced it is enough for RequestInfo's path parsing. */
    private static String method(String verb) {
        return switch (verb) {
            case "create" -> "POST";
            case "update" -> "PUT";
            case "patch" -> "PATCH";
            case "delete", "deletecollection" -> "DELETE";
            default -> "GET";
        };
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv.length > 1 ? kv[1] : "");
            }
        }
        return query;
    }
}
