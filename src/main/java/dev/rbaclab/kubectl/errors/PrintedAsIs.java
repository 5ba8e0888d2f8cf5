package dev.rbaclab.kubectl.errors;

/**
 * An error kubectl's checkErr prints with its own sentence, without the {@code error: } prefix (configuration
 * errors, refused connections).
 */
public interface PrintedAsIs {

    /** The whole text kubectl prints. */
    String sentence();
}
