/**
 * {@code kubectl get}: server-side tables, object outputs, custom columns.
 */
package dev.rbaclab.kubectl.cmd.get;
