/** The HTTPS adapter that exposes the simulated API server to the real kubectl (Javalin on Jetty, TLS by the lab's CA). */
package dev.rbaclab.cluster.server.http;
