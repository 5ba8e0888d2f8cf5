/**
 * {@code kubectl label} and {@code kubectl annotate}.
 */
package dev.rbaclab.kubectl.cmd.metadata;
