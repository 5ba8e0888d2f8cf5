/**
 * Manifests for {@code -f}: the console's virtual files and stdin, multi-document YAML and JSON, {@code List} kinds.
 */
package dev.rbaclab.kubectl.manifest;
