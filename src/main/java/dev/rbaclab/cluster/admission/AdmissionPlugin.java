package dev.rbaclab.cluster.admission;

/**
 * One admission plugin. Mutating plugins change {@link AdmissionRequest#object()} in {@link #admit}; validating
 * plugins refuse in {@link #validate} by throwing. A plugin may do both, as the ServiceAccount plugin does.
 */
public interface AdmissionPlugin {

    default void admit(AdmissionRequest request) {
    }

    default void validate(AdmissionRequest request) {
    }
}
