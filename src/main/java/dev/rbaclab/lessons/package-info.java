/**
 * The curriculum as data: the chapter, its lessons and their steps, loaded from {@code lessons/} (see
 * lessons/README.md) and validated as they load, so that a broken lesson never reaches a learner.
 */
package dev.rbaclab.lessons;
