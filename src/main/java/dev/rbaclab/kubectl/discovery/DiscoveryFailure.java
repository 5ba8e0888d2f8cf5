package dev.rbaclab.kubectl.discovery;

import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.errors.StatusError;

/** Discovery could not be read: kubectl reports the underlying status ("couldn't get current server API group list"). */
public final class DiscoveryFailure extends KubectlError {

    private final String path;
    private final StatusError cause;

    DiscoveryFailure(String path, StatusError cause) {
        super(cause.text());
        this.path = path;
        this.cause = cause;
    }

    public String path() {
        return path;
    }

    public StatusError status() {
        return cause;
    }
}
