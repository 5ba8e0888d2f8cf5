/**
 * Admission: plugins that may change (mutating) or refuse (validating) a write after it was authorized and
 * before it is stored, as kube-apiserver's admission chain does (NamespaceLifecycle, ServiceAccount, ...).
 */
package dev.rbaclab.cluster.admission;
