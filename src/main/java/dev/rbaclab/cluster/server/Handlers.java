package dev.rbaclab.cluster.server;

/** Sends resource requests to the REST handler and everything else to the cluster endpoints. */
final class Handlers implements ApiHandler {

    private final ApiHandler resources;
    private final ApiHandler endpoints;

    Handlers(ApiHandler resources, ApiHandler endpoints) {
        this.resources = resources;
        this.endpoints = endpoints;
    }

    @Override
    public ApiResponse handle(ApiCall call) {
        return call.info().resourceRequest() ? resources.handle(call) : endpoints.handle(call);
    }
}
