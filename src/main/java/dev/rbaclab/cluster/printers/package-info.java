/**
 * Server-side printing: each resource as a {@code meta.k8s.io/v1 Table} with the columns a real API server
 * returns (pkg/printers/internalversion/printers.go), which is what {@code kubectl get} shows.
 */
package dev.rbaclab.cluster.printers;
