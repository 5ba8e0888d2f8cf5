/**
 * {@code kubectl delete}.
 */
package dev.rbaclab.kubectl.cmd.delete;
