/** Creating, finding and removing sandboxes, and the kubeconfig that reaches one. */
package dev.rbaclab.cluster.sandbox;
