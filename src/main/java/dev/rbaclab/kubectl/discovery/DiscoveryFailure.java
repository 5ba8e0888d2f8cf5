package dev.rbaclab.kubectl.discovery;

import dev.rbaclab.kubectl.errors.KubectlError;

/**
 * Discovery could not be read. kubectl logs {@link #logText()} ("couldn't get current server API group list: ...")
 * for every attempt, then reports the underlying error.
 */
public final class DiscoveryFailure extends KubectlError {

    private final String path;
    private final KubectlError cause;

    DiscoveryFailure(String path, KubectlError cause) {
        super(cause.text());
        this.path = path;
        this.cause = cause;
    }

    public String path() {
        return path;
    }

    /** The error kubectl prints in the end. */
    public KubectlError error() {
        return cause;
    }

    /** The text of the failure as the discovery client logs it. */
    public String logText() {
        return cause.text();
    }
}
