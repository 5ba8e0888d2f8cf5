package dev.rbaclab.web;

import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.learners.Learner;

/** A learner with the sandbox they work in: what every player page and API call acts on. */
record Workbench(Learner learner, Sandbox sandbox) {
}
