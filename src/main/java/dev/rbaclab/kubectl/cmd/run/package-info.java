/**
 * {@code kubectl run}.
 */
package dev.rbaclab.kubectl.cmd.run;
