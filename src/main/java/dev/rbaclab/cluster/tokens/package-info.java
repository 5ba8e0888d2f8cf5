/**
 * ServiceAccount tokens: a per-sandbox RS256 signing key (created on first use, from a pool of keys made in the
 * background so that creating a sandbox stays fast), and the two kinds of JWT a v1.32 cluster issues — legacy
 * Secret-based tokens and bound tokens from the TokenRequest API (k8s-semantics.md §9.2).
 */
package dev.rbaclab.cluster.tokens;
