/**
 * Classroom workshops: instructors and their sign-in, workshops learners join with a code, the live roster of who
 * is where and who is stuck, and grades computed on the server from the learners' sandboxes.
 */
package dev.rbaclab.classroom;
