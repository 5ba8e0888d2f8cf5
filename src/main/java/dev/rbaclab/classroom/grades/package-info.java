/**
 * A workshop's grades: computed on the server from each learner's stored check results (re-evaluated against their
 * sandbox while scores may still change) and written as CSV, JSON or JUnit XML.
 */
package dev.rbaclab.classroom.grades;
