/**
 * The HTTPS adapter that exposes the simulated API server to the real kubectl (Javalin on Jetty, TLS by the lab's CA),
 * including the connection upgrades of {@code kubectl exec}: WebSocket ({@link dev.rbaclab.cluster.server.http.ExecWebSocket},
 * kubectl 1.30+) and SPDY/3.1 ({@link dev.rbaclab.cluster.server.http.ExecSpdy}, kubectl 1.29 and older, whose protocol
 * lives in {@code spdy}).
 */
package dev.rbaclab.cluster.server.http;
