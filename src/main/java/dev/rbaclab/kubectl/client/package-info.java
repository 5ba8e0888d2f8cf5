/**
 * The REST client: headers kubectl sends, identity, warnings, audit ids, Status errors.
 */
package dev.rbaclab.kubectl.client;
