package dev.rbaclab.cluster.pods;

/** Where an exec session writes: the container's stdout and stderr, and how the process ended. */
public interface ExecOutput {

    void stdout(String text);

    void stderr(String text);

    /** The process ended with this exit status; {@code failure} is set when it could not even start. */
    void exit(int status, String failure);
}
