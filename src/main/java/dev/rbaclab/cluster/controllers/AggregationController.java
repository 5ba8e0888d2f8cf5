package dev.rbaclab.cluster.controllers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ClusterRole aggregation controller (pkg/controller/clusterroleaggregation): a ClusterRole with an
 * aggregationRule gets as rules the union of the rules of every ClusterRole its selectors match — selectors in
 * order, matching roles by name, itself skipped, duplicates dropped — and any manual edit of them is reverted.
 * view is labelled to aggregate into edit and edit into admin, so one change can ripple; it settles in a few rounds.
 */
public final class AggregationController implements Controller {

    private static final String GROUP = "rbac.authorization.k8s.io";
    private static final int MAX_ROUNDS = 10;

    @Override
    public void created(ControllerContext context, ObjectKey key, ObjectNode object) {
        sync(context, key);
    }

    @Override
    public void updated(ControllerContext context, ObjectKey key, ObjectNode object, ObjectNode old) {
        sync(context, key);
    }

    @Override
    public void deleted(ControllerContext context, ObjectKey key, ObjectNode old) {
        sync(context, key);
    }

    private void sync(ControllerContext context, ObjectKey key) {
        if (!key.group().equals(GROUP) || !key.resource().equals("clusterroles")) {
            return;
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            List<ObjectNode> roles = context.tx().list(GROUP, "clusterroles", "");
            for (ObjectNode role : roles) {
                if (!role.hasNonNull("aggregationRule")) {
                    continue;
                }
                ArrayNode rules = aggregate(role, roles);
                if (!rules.equals(role.path("rules"))) {
                    ObjectNode updated = role.deepCopy();
                    updated.set("rules", rules);
                    context.tx().update(new ObjectKey(GROUP, "clusterroles", "", Meta.name(role)), updated, 0);
                    context.explanation().add(Stage.CONTROLLERS, Mark.INFO, "controllers.aggregation.updated",
                            Meta.name(role), rules.size());
                    changed = true;
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    static ArrayNode aggregate(ObjectNode role, List<ObjectNode> all) {
        ArrayNode rules = Json.array();
        List<JsonNode> seen = new ArrayList<>();
        for (JsonNode selector : role.path("aggregationRule").path("clusterRoleSelectors")) {
            for (ObjectNode candidate : all) {
                if (Meta.name(candidate).equals(Meta.name(role)) || !matches(selector, Meta.labels(candidate))) {
                    continue;
                }
                for (JsonNode rule : candidate.path("rules")) {
                    if (!seen.contains(rule)) {
                        seen.add(rule);
                        rules.add(rule.deepCopy());
                    }
                }
            }
        }
        return rules;
    }

    /** metav1.LabelSelector: every matchLabels entry and every matchExpressions requirement must hold. */
    static boolean matches(JsonNode selector, Map<String, String> labels) {
        var matchLabels = selector.path("matchLabels").fields();
        while (matchLabels.hasNext()) {
            var entry = matchLabels.next();
            if (!entry.getValue().asText().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.get(expression.path("key").asText());
            List<String> values = Json.strings(expression.get("values"));
            boolean holds = switch (expression.path("operator").asText()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}
