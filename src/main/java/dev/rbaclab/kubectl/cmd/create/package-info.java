/**
 * {@code kubectl create -f} and the create generators (namespace, serviceaccount, secret, configmap, RBAC, token).
 */
package dev.rbaclab.kubectl.cmd.create;
