/**
 * The commands: how a parsed command line reaches one, and what every command can use ({@link dev.rbaclab.kubectl.cmd.CommandContext}).
 */
package dev.rbaclab.kubectl.cmd;
