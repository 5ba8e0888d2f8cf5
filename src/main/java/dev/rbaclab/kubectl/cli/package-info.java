/**
 * kubectl's command tree with its flags, and cobra/pflag parsing: command search, flag syntax, their error texts.
 */
package dev.rbaclab.kubectl.cli;
