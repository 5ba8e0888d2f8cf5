/**
 * {@code kubectl describe}: selecting objects and handing them to the describers.
 */
package dev.rbaclab.kubectl.cmd.describe;
