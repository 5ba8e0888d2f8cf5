package dev.rbaclab.explain;

/** The pipeline stage a line of an explanation comes from, in pipeline order. */
public enum Stage {
    REQUEST, AUTHENTICATION, IMPERSONATION, AUTHORIZATION, ADMISSION, STORAGE, CONTROLLERS, RESPONSE
}
