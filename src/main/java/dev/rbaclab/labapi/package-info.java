/**
 * The lab's own requests to a sandbox (step setups, the token viewer's TokenReview): made as the sandbox admin through
 * the API server's pipeline with {@code Source.LAB}, so they obey the same rules as a learner's and stay out of the
 * learner's request list and graded request checks.
 */
package dev.rbaclab.labapi;
