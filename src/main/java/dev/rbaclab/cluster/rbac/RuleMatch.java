package dev.rbaclab.cluster.rbac;

import dev.rbaclab.cluster.api.Attributes;

/**
 * RuleAllows of plugin/pkg/auth/authorizer/rbac/rbac.go with the helpers of evaluation_helpers.go — and, for the
 * explanation, the first part of a rule that does not match a request.
 */
public final class RuleMatch {

    /** Why a rule did not match, in the order RuleAllows checks; MATCH when it does. */
    public enum Outcome { MATCH, VERB, API_GROUP, RESOURCE, RESOURCE_NAME, NON_RESOURCE_URL, RESOURCE_RULE_FOR_PATH, PATH_RULE_FOR_RESOURCE }

    private RuleMatch() {
    }

    public static boolean allows(Attributes request, PolicyRule rule) {
        if (request.resourceRequest()) {
            return verbMatches(rule, request.verb())
                    && apiGroupMatches(rule, request.apiGroup())
                    && resourceMatches(rule, request.resourceWithSubresource(), request.subresource())
                    && resourceNameMatches(rule, request.name());
        }
        return verbMatches(rule, request.verb()) && nonResourceUrlMatches(rule, request.path());
    }

    public static Outcome explain(Attributes request, PolicyRule rule) {
        if (request.resourceRequest()) {
            if (rule.resources().isEmpty() && !rule.nonResourceURLs().isEmpty()) {
                return Outcome.PATH_RULE_FOR_RESOURCE;
            }
            if (!verbMatches(rule, request.verb())) {
                return Outcome.VERB;
            }
            if (!apiGroupMatches(rule, request.apiGroup())) {
                return Outcome.API_GROUP;
            }
            if (!resourceMatches(rule, request.resourceWithSubresource(), request.subresource())) {
                return Outcome.RESOURCE;
            }
            if (!resourceNameMatches(rule, request.name())) {
                return Outcome.RESOURCE_NAME;
            }
            return Outcome.MATCH;
        }
        if (rule.nonResourceURLs().isEmpty()) {
            return Outcome.RESOURCE_RULE_FOR_PATH;
        }
        if (!verbMatches(rule, request.verb())) {
            return Outcome.VERB;
        }
        return nonResourceUrlMatches(rule, request.path()) ? Outcome.MATCH : Outcome.NON_RESOURCE_URL;
    }

    public static boolean verbMatches(PolicyRule rule, String verb) {
        for (String ruleVerb : rule.verbs()) {
            if (ruleVerb.equals(PolicyRule.ALL) || ruleVerb.equals(verb)) {
                return true;
            }
        }
        return false;
    }

    public static boolean apiGroupMatches(PolicyRule rule, String group) {
        for (String ruleGroup : rule.apiGroups()) {
            if (ruleGroup.equals(PolicyRule.ALL) || ruleGroup.equals(group)) {
                return true;
            }
        }
        return false;
    }

    /** {@code *} matches everything; {@code pods} only pods; {@code * /scale} any scale subresource. */
    public static boolean resourceMatches(PolicyRule rule, String combinedResource, String subresource) {
        for (String ruleResource : rule.resources()) {
            if (ruleResource.equals(PolicyRule.ALL) || ruleResource.equals(combinedResource)) {
                return true;
            }
            if (subresource.isEmpty()) {
                continue;
            }
            if (ruleResource.length() == subresource.length() + 2 && ruleResource.startsWith("*/")
                    && ruleResource.endsWith(subresource)) {
                return true;
            }
        }
        return false;
    }

    /** No resourceNames means any name, including the empty name of create and list. */
    public static boolean resourceNameMatches(PolicyRule rule, String name) {
        if (rule.resourceNames().isEmpty()) {
            return true;
        }
        return rule.resourceNames().contains(name);
    }

    /** {@code /apis/*} matches {@code /apis/v1} but not {@code /apis}. */
    public static boolean nonResourceUrlMatches(PolicyRule rule, String path) {
        for (String url : rule.nonResourceURLs()) {
            if (url.equals(PolicyRule.ALL) || url.equals(path)) {
                return true;
            }
            if (url.endsWith("*") && path.startsWith(stripTrailingStars(url))) {
                return true;
            }
        }
        return false;
    }

    private static String stripTrailingStars(String url) {
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '*') {
            end--;
        }
        return url.substring(0, end);
    }
}
