/**
 * Discovery ({@code /api}, {@code /apis}, group versions) cached per console session, and the REST mapper that turns
 * {@code sa}, {@code roles.rbac.authorization.k8s.io} or {@code Pod} into resources.
 */
package dev.rbaclab.kubectl.discovery;
