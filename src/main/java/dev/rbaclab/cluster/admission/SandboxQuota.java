package dev.rbaclab.cluster.admission;

import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.util.function.ToLongFunction;

/**
 * A fixed ResourceQuota every sandbox has: at most {@link #MAX_OBJECTS} objects of its own (the shared defaults do not
 * count), so that a script or a fuzzer cannot fill the lab's database through one sandbox. Refused like the
 * ResourceQuota admission plugin refuses (plugin/pkg/admission/resourcequota/controller.go, checkQuotas): a 403
 * "exceeded quota: &lt;name&gt;, requested: ..., used: ..., limited: ...", here for the object count of the whole
 * sandbox. Lessons need a few dozen objects.
 */
public final class SandboxQuota implements AdmissionPlugin {

    public static final int MAX_OBJECTS = 500;
    /** The name the refusal gives the quota, as a ResourceQuota object's name. */
    static final String QUOTA_NAME = "sandbox-objects";
    private static final String RESOURCE = "count/objects";

    private final ToLongFunction<Sandbox> storedObjects;
    private final int maxObjects;

    public SandboxQuota(ToLongFunction<Sandbox> storedObjects) {
        this(storedObjects, MAX_OBJECTS);
    }

    SandboxQuota(ToLongFunction<Sandbox> storedObjects, int maxObjects) {
        this.storedObjects = storedObjects;
        this.maxObjects = maxObjects;
    }

    @Override
    public void validate(AdmissionRequest request) {
        // only creating a new object adds to the count; subresources (a TokenRequest, a binding) store nothing new
        if (request.operation() != Operation.CREATE || !request.subresource().isEmpty()) {
            return;
        }
        long used = storedObjects.applyAsLong(request.sandbox());
        if (used + 1 <= maxObjects) {
            return;
        }
        request.explanation().add(Stage.ADMISSION, Mark.FAIL, "admission.quota.exceeded", Long.toString(used),
                Integer.toString(maxObjects));
        throw request.forbidden("exceeded quota: " + QUOTA_NAME + ", requested: " + RESOURCE + "=1, used: "
                + RESOURCE + "=" + used + ", limited: " + RESOURCE + "=" + maxObjects);
    }
}
