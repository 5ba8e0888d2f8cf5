/**
 * The small shell of a simulated container (busybox-like): variables, {@code $(...)}, quotes, pipes, {@code ;},
 * {@code &&}, {@code ||}, redirections, and the commands the chapter uses — cat, ls, echo, env, export, base64, cut,
 * head, tr, and curl to the API server (directly or through a kubectl-proxy ambassador on localhost:8001).
 */
package dev.rbaclab.cluster.pods.shell;
