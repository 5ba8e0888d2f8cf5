/**
 * The APIs that answer questions instead of storing objects (k8s-semantics.md §8): SubjectAccessReview,
 * LocalSubjectAccessReview, SelfSubjectAccessReview, SelfSubjectRulesReview, SelfSubjectReview, TokenReview, and
 * TokenRequest, plus the ServiceAccount issuer's OpenID discovery documents.
 */
package dev.rbaclab.cluster.server.reviews;
