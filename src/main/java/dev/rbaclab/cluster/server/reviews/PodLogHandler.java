package dev.rbaclab.cluster.server.reviews;

import dev.rbaclab.cluster.pods.PodLogs;
import dev.rbaclab.cluster.server.ApiCall;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.cluster.store.ObjectReader;
import dev.rbaclab.cluster.store.Sandbox;

import java.util.function.Function;

/** {@code GET .../pods/<name>/log}: the container's output as text/plain, as {@code kubectl logs} reads it. */
public final class PodLogHandler {

    private PodLogHandler() {
    }

    public static ApiResponse handle(ApiCall call, Function<Sandbox, ObjectReader> readers) {
        String logs = PodLogs.logs(readers.apply(call.sandbox()), call.info().namespace(), call.info().name(),
                call.request().queryParam("container"));
        return ApiResponse.text(200, logs);
    }
}
