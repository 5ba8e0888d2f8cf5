package dev.rbaclab.web;

import dev.rbaclab.cluster.sandbox.SandboxService;
import dev.rbaclab.cluster.store.AuditLog;
import dev.rbaclab.learners.LearnerService;

/** What the web layer is given by the composition root. */
public record WebDependencies(SandboxService sandboxes, AuditLog audit, LearnerService learners) {
}
