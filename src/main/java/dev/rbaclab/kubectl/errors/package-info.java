/**
 * The errors that end a command and how kubectl's cmdutil.CheckErr prints them.
 */
package dev.rbaclab.kubectl.errors;
