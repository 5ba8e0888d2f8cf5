/**
 * Authorization: union(system:masters, RBAC) exactly as kube-apiserver decides, over an in-memory RBAC policy per
 * sandbox that is rebuilt when the sandbox's RBAC objects change. Each decision can explain itself.
 */
package dev.rbaclab.cluster.authz;
