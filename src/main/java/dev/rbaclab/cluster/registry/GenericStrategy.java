package dev.rbaclab.cluster.registry;

/** Resources the lab stores without kind-specific rules (Deployments, Jobs, Leases, ...). */
final class GenericStrategy implements Strategy {
}
