package dev.rbaclab.web;

import dev.rbaclab.cluster.sandbox.SandboxService;
import dev.rbaclab.cluster.store.AuditLog;
import dev.rbaclab.cluster.store.ObjectReader;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.access.AccessService;
import dev.rbaclab.classroom.Classroom;
import dev.rbaclab.console.Console;
import dev.rbaclab.learners.LearnerSandboxes;
import dev.rbaclab.inspect.TokenInspector;
import dev.rbaclab.learners.LearnerService;
import dev.rbaclab.lessons.Chapter;
import dev.rbaclab.progress.ProgressService;

import java.time.Clock;
import java.util.function.Function;

/** What the web layer is given by the composition root. */
public record WebDependencies(SandboxService sandboxes, AuditLog audit, LearnerService learners,
                              LearnerSandboxes learnerSandboxes, Console console, ProgressService progress,
                              Chapter chapter, Function<Sandbox, ObjectReader> readers, TokenInspector tokens,
                              Classroom classroom, AccessService access, Clock clock) {
}
