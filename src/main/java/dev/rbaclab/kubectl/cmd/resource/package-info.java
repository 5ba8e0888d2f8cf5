/**
 * The resource builder of kubectl's commands: arguments and files to targets, reading them, printing objects.
 */
package dev.rbaclab.kubectl.cmd.resource;
