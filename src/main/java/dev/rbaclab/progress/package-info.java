/** Where each learner is in the chapter: per step, status, score, attempts and the last check outcomes. */
package dev.rbaclab.progress;
