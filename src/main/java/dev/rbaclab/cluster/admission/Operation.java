package dev.rbaclab.cluster.admission;

/** admission.Operation. */
public enum Operation {
    CREATE, UPDATE, DELETE, CONNECT
}
