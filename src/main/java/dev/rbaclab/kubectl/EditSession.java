package dev.rbaclab.kubectl;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code kubectl edit} in the console. The real kubectl writes the object to a temp file and waits for $EDITOR; the
 * console cannot block on an editor, so {@code kubectl edit TYPE NAME} returns this in
 * {@link CommandResult#edit()} and prints nothing (as kubectl prints nothing while the editor is open):
 * <ul>
 *   <li>{@code buffer}: what kubectl would show in the editor (its comment header, then the object as YAML);</li>
 *   <li>{@code original}: the object as read, {@code objectPath} where it lives, {@code resource} its resource,
 *       {@code displayName} kubectl's {@code kind[.group]/name}.</li>
 * </ul>
 * The UI opens {@code buffer} in its editor pane. When the learner saves, it calls
 * {@link Kubectl#finishEdit(EditSession, String, Invocation)} with the edited text and the invocation of the
 * original command (for the identity and the flags). That does what kubectl does when the editor closes: nothing
 * for an unchanged or empty file ({@code Edit cancelled, ...} on stderr), else a two-way strategic merge patch
 * from {@code original} to the edited object, {@code PATCH ...?fieldManager=kubectl-edit&fieldValidation=Strict},
 * printing {@code <displayName> edited}. When the server refuses the change, the result carries the error as
 * kubectl prints it and a new session (in {@code edit()}) whose buffer lists the errors as comments, as kubectl
 * reopens its editor; the UI may offer it again.
 */
public record EditSession(String buffer, ObjectNode original, String objectPath, String resource, String displayName,
                          boolean afterError) {

    public EditSession {
        original = original.deepCopy();
    }

    @Override
    public ObjectNode original() {
        return original.deepCopy();
    }

    /** The editor reopened after a refused save: the buffer with the reasons as comments. */
    public EditSession reopened(String text) {
        return new EditSession(text, original, objectPath, resource, displayName, true);
    }
}
