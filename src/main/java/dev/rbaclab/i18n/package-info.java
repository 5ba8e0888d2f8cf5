/** Learner-facing text in English and Korean: the message bundles and how a key with arguments becomes a sentence. */
package dev.rbaclab.i18n;
