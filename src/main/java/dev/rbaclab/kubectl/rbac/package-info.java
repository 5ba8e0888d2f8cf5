/**
 * How kubectl shows RBAC rules: breakdown, compaction and sorting (kubectl pkg/util/rbac).
 */
package dev.rbaclab.kubectl.rbac;
