package dev.rbaclab.kubectl;

import dev.rbaclab.cluster.server.ApiRequest;
import dev.rbaclab.cluster.server.ApiResponse;

/**
 * Where the console's kubectl sends its HTTP-shaped requests. In the lab this is {@code apiServer::serve}: every
 * request then goes through authentication, impersonation, authorization, admission, storage and audit exactly
 * as a request from the learner's own kubectl over HTTPS does.
 */
@FunctionalInterface
public interface ApiTransport {

    ApiResponse send(ApiRequest request);
}
