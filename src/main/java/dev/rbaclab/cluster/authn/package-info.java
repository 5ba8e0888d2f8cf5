/**
 * Authentication: who is asking. A union of authenticators (sandbox admin token, static user tokens,
 * ServiceAccount JWTs) with anonymous as the fallback for requests that carry no credential at all, and
 * {@code system:authenticated} added to every authenticated user (k8s-semantics.md §1).
 */
package dev.rbaclab.cluster.authn;
