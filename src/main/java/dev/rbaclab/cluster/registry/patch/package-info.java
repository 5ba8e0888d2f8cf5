/**
 * The three patch formats kubectl sends (kubectl-protocol.md §7, §9): JSON merge patch (RFC 7386), JSON patch
 * (RFC 6902) and strategic merge patch with the merge keys of the lab's kinds.
 */
package dev.rbaclab.cluster.registry.patch;
