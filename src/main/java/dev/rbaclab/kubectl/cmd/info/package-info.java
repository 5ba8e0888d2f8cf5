/**
 * {@code kubectl api-resources}, {@code api-versions} and {@code cluster-info}.
 */
package dev.rbaclab.kubectl.cmd.info;
