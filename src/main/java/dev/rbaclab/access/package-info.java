/**
 * Seeing access on a sandbox: the permission matrix of a subject (and what the last RBAC change granted or took away),
 * who can do something and through which binding, the RBAC graph with a sentence per path, and risk warnings. Every
 * answer comes from the sandbox's real authorizer or its RBAC policy.
 */
package dev.rbaclab.access;
