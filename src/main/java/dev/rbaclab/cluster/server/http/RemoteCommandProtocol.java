package dev.rbaclab.cluster.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The remotecommand stream protocols a SPDY client may ask for in {@code X-Stream-Protocol-Version}, best first
 * (apimachinery's {@code SupportedStreamingProtocols}, without v1). They differ in two ways: whether a terminal gets
 * a resize stream (v3 on) and how the error stream reports the end (v4 on: a JSON Status). v5 only adds a CLOSE
 * signal to WebSocket; over SPDY the kubelet serves it as v4, and kubectl 1.29+ offers it first. v1
 * ({@code channel.k8s.io}, kubectl before 1.4) is not offered.
 */
enum RemoteCommandProtocol {
    V5("v5.channel.k8s.io"),
    V4("v4.channel.k8s.io"),
    V3("v3.channel.k8s.io"),
    V2("v2.channel.k8s.io");

    private final String id;

    RemoteCommandProtocol(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    boolean resizes() {
        return this != V2;
    }

    /** What the error stream carries when the command ends (may be empty: nothing to write). */
    String status(int status, String failure) {
        return this == V5 || this == V4 ? ExecStatus.json(status, failure) : ExecStatus.text(status, failure);
    }

    /**
     * The client's first protocol the server speaks (httpstream.Handshake); header values may also list several,
     * comma-separated.
     */
    static Optional<RemoteCommandProtocol> negotiate(List<String> offered) {
        for (String protocol : split(offered)) {
            for (RemoteCommandProtocol supported : values()) {
                if (supported.id.equals(protocol)) {
                    return Optional.of(supported);
                }
            }
        }
        return Optional.empty();
    }

    static List<String> split(List<String> headerValues) {
        List<String> protocols = new ArrayList<>();
        for (String value : headerValues) {
            for (String protocol : value.split(",")) {
                if (!protocol.isBlank()) {
                    protocols.add(protocol.trim());
                }
            }
        }
        return protocols;
    }

    static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (RemoteCommandProtocol protocol : values()) {
            ids.add(protocol.id);
        }
        return ids;
    }
}
