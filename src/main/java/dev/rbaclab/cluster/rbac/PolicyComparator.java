package dev.rbaclab.cluster.rbac;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether one set of rules covers another (staging/src/k8s.io/component-helpers/auth/rbac/validation/
 * policy_comparator.go): the servant rules are broken into atoms (one group, resource, verb and name, or one URL
 * and verb), and each atom must be covered by a single owner rule.
 */
public final class PolicyComparator {

    private PolicyComparator() {
    }

    /** The atoms of {@code servantRules} that {@code ownerRules} do not cover; empty means covered. */
    public static List<PolicyRule> uncovered(List<PolicyRule> ownerRules, List<PolicyRule> servantRules) {
        List<PolicyRule> missing = new ArrayList<>();
        for (PolicyRule servant : servantRules) {
            for (PolicyRule atom : breakdown(servant)) {
                boolean covered = false;
                for (PolicyRule owner : ownerRules) {
                    if (ruleCovers(owner, atom)) {
                        covered = true;
                        break;
                    }
                }
                if (!covered) {
                    missing.add(atom);
                }
            }
        }
        return missing;
    }

    public static boolean covers(List<PolicyRule> ownerRules, List<PolicyRule> servantRules) {
        return uncovered(ownerRules, servantRules).isEmpty();
    }

    /** BreakdownRule: every group × resource × verb (× name), then every URL × verb. */
    public static List<PolicyRule> breakdown(PolicyRule rule) {
        List<PolicyRule> atoms = new ArrayList<>();
        for (String group : rule.apiGroups()) {
            for (String resource : rule.resources()) {
                for (String verb : rule.verbs()) {
                    if (!rule.resourceNames().isEmpty()) {
                        for (String name : rule.resourceNames()) {
                            atoms.add(PolicyRule.resource(List.of(verb), List.of(group), List.of(resource), List.of(name)));
                        }
                    } else {
                        atoms.add(PolicyRule.resource(List.of(verb), List.of(group), List.of(resource)));
                    }
                }
            }
        }
        for (String url : rule.nonResourceURLs()) {
            for (String verb : rule.verbs()) {
                atoms.add(PolicyRule.nonResource(List.of(verb), List.of(url)));
            }
        }
        return atoms;
    }

    /** ruleCovers: the owner rule (any size) covers an atom. */
    static boolean ruleCovers(PolicyRule owner, PolicyRule atom) {
        boolean verbs = owner.verbs().contains(PolicyRule.ALL) || hasAll(owner.verbs(), atom.verbs());
        boolean groups = owner.apiGroups().contains(PolicyRule.ALL) || hasAll(owner.apiGroups(), atom.apiGroups());
        boolean resources = resourceCoversAll(owner.resources(), atom.resources());
        boolean urls = nonResourceUrlsCoverAll(owner.nonResourceURLs(), atom.nonResourceURLs());
        boolean names = atom.resourceNames().isEmpty()
                ? owner.resourceNames().isEmpty()
                : owner.resourceNames().isEmpty() || hasAll(owner.resourceNames(), atom.resourceNames());
        return verbs && groups && resources && names && urls;
    }

    private static boolean hasAll(List<String> set, List<String> contains) {
        Set<String> owning = new HashSet<>(set);
        return owning.containsAll(contains);
    }

    private static boolean resourceCoversAll(List<String> set, List<String> covers) {
        if (set.contains(PolicyRule.ALL) || hasAll(set, covers)) {
            return true;
        }
        for (String path : covers) {
            if (set.contains(path)) {
                continue;
            }
            if (!path.contains("/")) {
                return false;
            }
            String subresource = path.split("/", 2)[1];
            if (!set.contains("*/" + subresource)) {
                return false;
            }
        }
        return true;
    }

    private static boolean nonResourceUrlsCoverAll(List<String> set, List<String> covers) {
        for (String path : covers) {
            boolean covered = false;
            for (String owner : set) {
                if (nonResourceUrlCovers(owner, path)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    static boolean nonResourceUrlCovers(String owner, String path) {
        if (owner.equals(path)) {
            return true;
        }
        if (!owner.endsWith("*")) {
            return false;
        }
        int end = owner.length();
        while (end > 0 && owner.charAt(end - 1) == '*') {
            end--;
        }
        return path.startsWith(owner.substring(0, end));
    }
}
