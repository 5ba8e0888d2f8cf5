package dev.rbaclab.cluster.authz;

import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.GoStrings;
import dev.rbaclab.cluster.rbac.PolicyRule;
import dev.rbaclab.cluster.rbac.RuleMatch;
import dev.rbaclab.explain.Line;
import dev.rbaclab.explain.Mark;

/** The explanation line for one rule against one request: matched, or the first field that did not. */
final class RuleLines {

    private RuleLines() {
    }

    static void add(Line parent, PolicyRule rule, RuleMatch.Outcome outcome, Attributes request) {
        String ruleText = rule.compactString();
        switch (outcome) {
            case MATCH -> parent.add(Mark.PASS, "authz.rule.match", ruleText);
            case VERB -> parent.add(Mark.FAIL, "authz.rule.verb", ruleText, request.verb(), GoStrings.list(rule.verbs()));
            case API_GROUP -> parent.add(Mark.FAIL, "authz.rule.api_group", ruleText, quotedGroup(request.apiGroup()),
                    GoStrings.quotedList(rule.apiGroups()));
            case RESOURCE -> parent.add(subresourceNearMiss(rule, request) ? Mark.NEAR_MISS : Mark.FAIL,
                    "authz.rule.resource", ruleText, request.resourceWithSubresource(), GoStrings.list(rule.resources()));
            case RESOURCE_NAME -> parent.add(Mark.NEAR_MISS, request.name().isEmpty()
                            ? "authz.rule.resource_name_missing" : "authz.rule.resource_name", ruleText,
                    request.name(), GoStrings.list(rule.resourceNames()), request.verb());
            case NON_RESOURCE_URL -> parent.add(Mark.FAIL, "authz.rule.url", ruleText, request.path(),
                    GoStrings.list(rule.nonResourceURLs()));
            case RESOURCE_RULE_FOR_PATH -> parent.add(Mark.FAIL, "authz.rule.resource_rule_for_path", ruleText, request.path());
            case PATH_RULE_FOR_RESOURCE -> parent.add(Mark.FAIL, "authz.rule.path_rule_for_resource", ruleText,
                    request.resourceWithSubresource());
            default -> throw new IllegalStateException(outcome.name());
        }
    }

    /** A rule for {@code pods} against {@code pods/log} is worth pointing out: subresources need their own entry. */
    private static boolean subresourceNearMiss(PolicyRule rule, Attributes request) {
        return !request.subresource().isEmpty() && rule.resources().contains(request.resource());
    }

    static String quotedGroup(String group) {
        return GoStrings.quote(group);
    }
}
