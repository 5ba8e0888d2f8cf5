package dev.rbaclab.classroom;

import dev.rbaclab.classroom.grades.Gradebook;

/** The classroom's parts, as the composition root wires them and the web layer uses them. */
public record Classroom(InstructorService instructors, WorkshopService workshops, Roster roster, RosterFeed feed,
                        Gradebook gradebook, ActivityTracker activity) {
}
