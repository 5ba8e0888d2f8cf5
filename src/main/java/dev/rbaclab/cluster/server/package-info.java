/**
 * The simulated kube-apiserver: the request chain assembled in {@link dev.rbaclab.cluster.server.ApiServer}
 * (request info → authentication → impersonation → authorization → admission → storage, with audit), the
 * handlers behind it (discovery, OpenAPI, REST, reviews, tokens) and the HTTP adapter for the real kubectl.
 */
package dev.rbaclab.cluster.server;
