/**
 * The simulated control loops of kube-controller-manager and the kubelet, run synchronously in the write
 * transaction that triggers them so that a learner sees their effect at once: namespaces get a default
 * ServiceAccount, token Secrets get filled, aggregated ClusterRoles follow their sources, pods start Running.
 */
package dev.rbaclab.cluster.controllers;
