/**
 * The simulated container runtime: what a pod's containers log, and (later) the shell that runs inside them.
 * Pods have no processes; these classes answer as the book's containers would.
 */
package dev.rbaclab.cluster.pods;
