/** Learners: anonymous identities kept in a cookie, with a secret only the learner's browser (or resume link) holds. */
package dev.rbaclab.learners;
