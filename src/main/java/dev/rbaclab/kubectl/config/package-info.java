/**
 * The console's kubeconfig: an immutable value, the file format it is read from and {@code kubectl config view} prints.
 */
package dev.rbaclab.kubectl.config;
