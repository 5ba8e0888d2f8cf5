/**
 * REST semantics of each resource, as k8s.io/apiserver's generic registry and the per-kind strategies define
 * them: what the server fills in on create, what it validates (with Kubernetes' wording), what an update may
 * change, how a patch applies, and how objects print as Tables. Storage is {@link dev.rbaclab.cluster.store}.
 */
package dev.rbaclab.cluster.registry;
