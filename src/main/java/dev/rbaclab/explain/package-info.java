/**
 * The explanation of a request: a tree of lines, each a message key with arguments, added by every pipeline stage
 * (how the identity was established, which bindings and rules were considered, what admission did, what would
 * fix a denial). Stored as JSON with the request's audit event and rendered in English or Korean.
 */
package dev.rbaclab.explain;
