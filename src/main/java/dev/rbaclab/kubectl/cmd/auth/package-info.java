/**
 * {@code kubectl auth can-i} and {@code kubectl auth whoami}.
 */
package dev.rbaclab.kubectl.cmd.auth;
