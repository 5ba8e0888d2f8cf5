/**
 * {@code kubectl version}.
 */
package dev.rbaclab.kubectl.cmd.version;
