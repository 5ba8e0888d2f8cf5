/**
 * {@code kubectl logs} and {@code kubectl exec}: the pod and container choice, the log and exec requests.
 */
package dev.rbaclab.kubectl.cmd.pods;
