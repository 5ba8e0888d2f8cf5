package dev.rbaclab.kubectl;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code kubectl edit} in the console. The real kubectl writes the object to a temp file and runs $EDITOR; the
 * console cannot block on an editor, so {@code kubectl edit TYPE NAME} returns this instead: the buffer kubectl
 * would show ({@code buffer}: the comment header and the object as YAML) and the object it was made from. The UI
 * opens {@code buffer} in its editor pane; when the learner saves, it calls
 * {@link Kubectl#finishEdit(EditSession, String, Invocation)}, which does what kubectl does after the editor
 * closes: a two-way strategic merge patch from {@code original} to the edited object, sent as
 * {@code PATCH ...?fieldManager=kubectl-edit} ("...edited" / "Edit cancelled, no changes made.").
 */
public record EditSession(String buffer, ObjectNode original, String resource, String group, String version,
                          String namespace, String name, boolean namespaced, String fileName) {

    public EditSession {
        original = original.deepCopy();
    }

    @Override
    public ObjectNode original() {
        return original.deepCopy();
    }
}
