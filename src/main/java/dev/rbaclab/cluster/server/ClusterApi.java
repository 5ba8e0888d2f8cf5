package dev.rbaclab.cluster.server;

import dev.rbaclab.cluster.api.ResourceCatalog;
import dev.rbaclab.cluster.registry.Registry;

import java.util.Map;

/** Builds the handler tree behind the chain: cluster endpoints for non-resource paths, REST for resources. */
public final class ClusterApi {

    private ClusterApi() {
    }

    /**
     * @param special handlers for resources with their own semantics, keyed {@code group/resource/subresource}
     *                (see {@link #key})
     */
    public static ApiHandler handlers(ResourceCatalog catalog, Registry registry,
                                      java.util.function.Supplier<String> serverAddress,
                                      Map<String, ApiHandler> special, ApiHandler issuerDiscovery,
                                      BodyDecoder decoder) {
        return new Handlers(new RestHandler(catalog, registry, decoder, special),
                new ClusterEndpoints(catalog, serverAddress, issuerDiscovery));
    }

    public static String key(String group, String resource, String subresource) {
        return RestHandler.key(group, resource, subresource);
    }

    /** Decodes a protobuf request body into the JSON the rest of the server works with. */
    @FunctionalInterface
    public interface ProtobufDecoder {
        com.fasterxml.jackson.databind.JsonNode decode(byte[] body);
    }
}
