/**
 * {@code kubectl describe}: the describers of kubectl 1.32 (staging/src/k8s.io/kubectl/pkg/describe/describe.go).
 */
package dev.rbaclab.kubectl.describe;
