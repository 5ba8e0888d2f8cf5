package dev.rbaclab.kubectl.rbac;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How kubectl shows rules (staging/src/k8s.io/kubectl/pkg/util/rbac/rbac.go): break every rule down to one verb,
 * group, resource and resource name each; merge the simple ones that differ only by verb (verbs in visit order);
 * sort by the rule's Go string form, which puts the verb list first. Non-resource rules are never merged.
 */
public final class PolicyRules {

    private PolicyRules() {
    }

    /** BreakdownRule over every rule, CompactRules, then sort.Stable(SortableRuleSlice). */
    public static List<Rule> expandAndSort(List<Rule> rules) {
        List<Rule> broken = new ArrayList<>();
        for (Rule rule : rules) {
            broken.addAll(breakdown(rule));
        }
        List<Rule> compact = compact(broken);
        compact.sort(Comparator.comparing(Rule::goString));
        return compact;
    }

    public static List<Rule> breakdown(Rule rule) {
        List<Rule> subrules = new ArrayList<>();
        for (String group : rule.apiGroups()) {
            for (String resource : rule.resources()) {
                for (String verb : rule.verbs()) {
                    if (!rule.resourceNames().isEmpty()) {
                        for (String name : rule.resourceNames()) {
                            subrules.add(new Rule(List.of(verb), List.of(group), List.of(resource), List.of(name), List.of()));
                        }
                    } else {
                        subrules.add(new Rule(List.of(verb), List.of(group), List.of(resource), List.of(), List.of()));
                    }
                }
            }
        }
        for (String url : rule.nonResourceURLs()) {
            for (String verb : rule.verbs()) {
                subrules.add(new Rule(List.of(verb), List.of(), List.of(), List.of(), List.of(url)));
            }
        }
        return subrules;
    }

    /** A rule's identity for merging: group, resource and at most one resource name. */
    private record SimpleResource(String group, String resource, boolean nameExists, String name) {
    }

    public static List<Rule> compact(List<Rule> rules) {
        List<Rule> compacted = new ArrayList<>();
        Map<SimpleResource, List<String>> verbsBySimple = new LinkedHashMap<>();
        Map<SimpleResource, Rule> firstBySimple = new LinkedHashMap<>();
        for (Rule rule : rules) {
            SimpleResource simple = simpleResource(rule);
            if (simple == null) {
                compacted.add(rule);
                continue;
            }
            firstBySimple.putIfAbsent(simple, rule);
            verbsBySimple.computeIfAbsent(simple, k -> new ArrayList<>()).addAll(rule.verbs());
        }
        for (Map.Entry<SimpleResource, Rule> e : firstBySimple.entrySet()) {
            Rule first = e.getValue();
            compacted.add(new Rule(verbsBySimple.get(e.getKey()), first.apiGroups(), first.resources(),
                    first.resourceNames(), first.nonResourceURLs()));
        }
        return compacted;
    }

    // isSimpleResourceRule
    private static SimpleResource simpleResource(Rule rule) {
        if (rule.resourceNames().size() > 1 || !rule.nonResourceURLs().isEmpty()) {
            return null;
        }
        if (rule.apiGroups().size() != 1 || rule.resources().size() != 1) {
            return null;
        }
        if (rule.resourceNames().isEmpty()) {
            return new SimpleResource(rule.apiGroups().get(0), rule.resources().get(0), false, "");
        }
        return new SimpleResource(rule.apiGroups().get(0), rule.resources().get(0), true, rule.resourceNames().get(0));
    }

    /** describe.CombineResourceGroup: {@code pods}, {@code deployments.apps}, {@code deployments.apps/scale}. */
    public static String combineResourceGroup(List<String> resources, List<String> groups) {
        if (resources.isEmpty()) {
            return "";
        }
        String[] parts = resources.get(0).split("/", 2);
        String combined = parts[0];
        if (!groups.isEmpty() && !groups.get(0).isEmpty()) {
            combined = combined + "." + groups.get(0);
        }
        if (parts.length == 2) {
            combined = combined + "/" + parts[1];
        }
        return combined;
    }
}
