/**
 * {@code kubectl apply}.
 */
package dev.rbaclab.kubectl.cmd.apply;
