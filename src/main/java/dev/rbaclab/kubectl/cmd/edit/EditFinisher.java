package dev.rbaclab.kubectl.cmd.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.kubectl.EditSession;
import dev.rbaclab.kubectl.apply.StrategicMergePatch;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.ExitError;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.errors.StatusError;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What kubectl does when its editor closes (staging/src/k8s.io/kubectl/pkg/cmd/util/editor/editoptions.go): an
 * unchanged file cancels; an empty one fails validation and reopens; an object equal to the original is
 * {@code skipped}; otherwise a two-way strategic merge patch is sent and the object is {@code edited}. A refused
 * save is reported as editResults.addError words it, and an invalid object reopens the editor with the causes.
 * kubectl also names the temp file where it kept the learner's changes; the console has no files and omits that.
 */
public final class EditFinisher {

    private EditFinisher() {
    }

    /** @return the session to reopen after an invalid change, or null */
    public static EditSession finish(CommandContext context, EditSession session, String edited) {
        String text = EditBuffer.withoutComments(edited);
        if (session.afterError() && text.equals(EditBuffer.withoutComments(session.buffer()))) {
            throw new CommandError("Edit cancelled, no valid changes were saved.");
        }
        String name = session.original().path("metadata").path("name").asText();
        String resourceAndName = session.resource() + " \"" + name + "\"";
        if (text.isEmpty()) {
            // the schema validation of the empty document fails before anything else
            return invalid(context, session, edited, resourceAndName, List.of("<nil>: Invalid value: "
                    + "\"The edited file failed validation\": the edited file is empty"));
        }
        if (!session.afterError() && text.equals(EditBuffer.withoutComments(session.buffer()))) {
            context.out().printErr("Edit cancelled, no changes made.\n");
            return null;
        }
        ObjectNode object;
        try {
            JsonNode parsed = Json.readYaml(text);
            if (!(parsed instanceof ObjectNode node)) {
                throw new IOException("the edited file is not an object");
            }
            object = node;
        } catch (IOException e) {
            return invalid(context, session, edited, resourceAndName, List.of("<nil>: Invalid value: "
                    + "\"The edited file failed validation\": " + e.getMessage()));
        }
        ObjectNode original = session.original();
        if (object.equals(original)) {
            context.out().print(session.displayName() + " skipped\n");
            return null;
        }
        if (!same(original, object, "apiVersion") || !same(original, object, "kind")
                || !original.path("metadata").path("name").equals(object.path("metadata").path("name"))) {
            throw new CommandError("At least one of apiVersion, kind and name was changed");
        }
        String patch = StrategicMergePatch.twoWay(original, object, original.path("kind").asText());
        Request request = new Request("PATCH", session.objectPath(), Map.of(), Request.JSON, null, null,
                session.resource(), name)
                .withBody("application/strategic-merge-patch+json", patch)
                .withQuery("fieldManager", context.flags().string("field-manager"))
                .withQuery("fieldValidation", "Strict");
        try {
            context.client().send(request);
        } catch (StatusError e) {
            if (e.isInvalid()) {
                List<String> causes = new ArrayList<>();
                e.details().path("causes").forEach(c -> causes.add(c.path("field").asText() + ": "
                        + c.path("message").asText()));
                return invalid(context, session, edited, resourceAndName, causes);
            }
            if (e.isNotFound()) {
                throw new ExitError(1, "error: " + resourceAndName + " could not be found on the server");
            }
            throw new ExitError(1, "error: " + resourceAndName + " could not be patched: " + e.text());
        } catch (KubectlError e) {
            throw new ExitError(1, "error: " + resourceAndName + " could not be patched: " + e.text());
        }
        context.out().print(session.displayName() + " edited\n");
        return null;
    }

    private static boolean same(JsonNode a, JsonNode b, String field) {
        return a.path(field).equals(b.path(field));
    }

    private static EditSession invalid(CommandContext context, EditSession session, String edited,
                                       String resourceAndName, List<String> causes) {
        context.out().printErr("error: " + resourceAndName + " is invalid\n");
        return session.reopened(EditBuffer.reopened(new EditBuffer.Reason(resourceAndName + " was not valid", causes),
                edited));
    }
}
