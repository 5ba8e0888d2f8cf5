/**
 * RBAC as values and pure functions: rules, subjects, bindings, rule matching (evaluation_helpers.go), rule
 * coverage for escalation checks (policy_comparator.go) and rule compaction and printing (policy_compact.go).
 * Shared by the authorizer, the escalation checks, the review APIs and the access views.
 */
package dev.rbaclab.cluster.rbac;
