/**
 * What a fresh kubeadm cluster shows before anyone touches it: the four namespaces, their default
 * ServiceAccounts and root CA ConfigMaps, the {@code kubernetes} Service, one node, and the bootstrap RBAC policy
 * (copied verbatim from Kubernetes into {@code src/main/resources/bootstrap-policy}).
 */
package dev.rbaclab.cluster.bootstrap;
