/**
 * The browser console: a learner's workstation shell with the console kubectl, {@code kubectl exec -it} into a
 * simulated pod's shell, a simulated {@code kubectl proxy}, and the history and state that survive restarts. Every
 * API request it makes goes through the API server's pipeline (Source.CONSOLE); it never reaches into storage to
 * answer a command.
 */
package dev.rbaclab.console;
