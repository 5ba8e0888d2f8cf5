/**
 * The object store of every sandbox: Kubernetes objects as JSON rows in the database, the shared default objects
 * overlaid in memory, resourceVersions that strictly increase per sandbox, and serialized writes per sandbox so
 * that a stale update is always a 409 and never a lost update.
 */
package dev.rbaclab.cluster.store;
