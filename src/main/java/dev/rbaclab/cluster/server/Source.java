package dev.rbaclab.cluster.server;

/** Where a request came from, recorded with its audit event. */
public enum Source {
    /** over HTTPS, usually the learner's own kubectl */
    API,
    /** the browser console's kubectl */
    CONSOLE,
    /** a simulated pod (curl, kubectl proxy) */
    POD,
    /** a graded check or an access view, evaluated by the lab itself */
    LAB
}
