package dev.rbaclab.cluster.server;

/** Answers an authorized request. */
@FunctionalInterface
public interface ApiHandler {

    ApiResponse handle(ApiCall call);
}
