/**
 * The lab's certificate authority and the API server's TLS certificate (BouncyCastle), created on first start in
 * the data directory and reused, so that kubeconfigs carrying {@code certificate-authority-data} stay valid.
 */
package dev.rbaclab.cluster.pki;
