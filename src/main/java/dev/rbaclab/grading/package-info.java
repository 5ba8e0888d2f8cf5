/**
 * Grading: a step's declarative checks evaluated on the server against the learner's sandbox — objects, access by the
 * real authorizer, requests from the audit log, least privilege, quizzes — with partial credit and a distinct
 * "works, but too broad" outcome. Nothing the browser sends can raise a score.
 */
package dev.rbaclab.grading;
