package dev.rbaclab.lessons;

/** A lesson that cannot load; the message names the file, the step and the problem. */
public final class LessonException extends RuntimeException {

    public LessonException(String message) {
        super(message);
    }
}
