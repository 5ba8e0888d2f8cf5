/**
 * Values shared by every stage of the simulated API server: who is asking ({@link dev.rbaclab.cluster.api.UserInfo}),
 * what they ask for ({@link dev.rbaclab.cluster.api.RequestInfo}, {@link dev.rbaclab.cluster.api.Attributes}),
 * the answer ({@link dev.rbaclab.cluster.api.Status}) and the typed errors that become a Kubernetes Status at the edge.
 * Nothing here knows about HTTP frameworks or storage.
 */
package dev.rbaclab.cluster.api;
