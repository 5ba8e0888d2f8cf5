package dev.rbaclab.cluster.rbac;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * CompactRules (pkg/registry/rbac/validation/policy_compact.go): atoms with one group and one resource (and at most
 * one name) merge their verbs; the result is printed with CompactString, sorted and de-duplicated, as the
 * "attempting to grant RBAC permissions not currently held" message lists it.
 */
public final class PolicyCompaction {

    private PolicyCompaction() {
    }

    public static List<PolicyRule> compact(List<PolicyRule> rules) {
        List<PolicyRule> compacted = new ArrayList<>();
        Map<String, List<String>> simpleVerbs = new LinkedHashMap<>();
        Map<String, PolicyRule> simpleRules = new LinkedHashMap<>();
        for (PolicyRule rule : rules) {
            String key = simpleKey(rule);
            if (key == null) {
                compacted.add(rule);
                continue;
            }
            simpleVerbs.computeIfAbsent(key, k -> new ArrayList<>()).addAll(rule.verbs());
            simpleRules.putIfAbsent(key, rule);
        }
        for (Map.Entry<String, PolicyRule> entry : simpleRules.entrySet()) {
            PolicyRule first = entry.getValue();
            compacted.add(new PolicyRule(simpleVerbs.get(entry.getKey()), first.apiGroups(), first.resources(),
                    first.resourceNames(), List.of()));
        }
        return compacted;
    }

    /** The missing rules as the escalation message lists them: compacted, printed, sorted, unique. */
    public static List<String> describe(List<PolicyRule> missing) {
        TreeSet<String> lines = new TreeSet<>();
        for (PolicyRule rule : compact(missing)) {
            lines.add(rule.compactString());
        }
        return new ArrayList<>(lines);
    }

    /** isSimpleResourceRule: one group, one resource, at most one name, no URLs. */
    private static String simpleKey(PolicyRule rule) {
        if (rule.resourceNames().size() > 1 || !rule.nonResourceURLs().isEmpty()) {
            return null;
        }
        if (rule.apiGroups().size() != 1 || rule.resources().size() != 1) {
            return null;
        }
        String name = rule.resourceNames().isEmpty() ? "" : "\u0000" + rule.resourceNames().get(0);
        return rule.apiGroups().get(0) + "\u0000" + rule.resources().get(0) + name;
    }
}
