package dev.rbaclab.classroom;

/** Practice: solutions on request, scores keep moving. Graded: no solutions, scores frozen at the deadline. */
public enum WorkshopMode {
    PRACTICE, GRADED
}
