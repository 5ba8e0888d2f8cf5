/**
 * Commands the console cannot run as a terminal does: {@code explain} and {@code proxy}.
 */
package dev.rbaclab.kubectl.cmd.console;
