/**
 * {@code kubectl patch}.
 */
package dev.rbaclab.kubectl.cmd.patch;
