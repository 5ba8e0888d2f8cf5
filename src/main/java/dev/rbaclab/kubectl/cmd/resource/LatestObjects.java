package dev.rbaclab.kubectl.cmd.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.errors.KubectlError;

import java.util.ArrayList;
import java.util.List;

/**
 * The resource builder of the commands that change objects they first read ({@code label}, {@code annotate},
 * {@code patch}): {@code -f FILE}, {@code TYPE NAME...}, {@code TYPE/NAME}, {@code TYPE -l ...} or
 * {@code TYPE --all}, each object read from the server (Builder.Latest), continuing on errors.
 */
public final class LatestObjects {

    /** One object as the server has it now, and the file it was named in ("" for arguments). */
    public record Found(ResourceMapping mapping, String namespace, String name, ObjectNode object, String source) {
    }

    /** What the builder visited: objects, errors, and whether one object was asked for (IntoSingleItemImplied). */
    public record Visited(List<Found> found, List<KubectlError> errors, boolean singleItemImplied) {
    }

    /** The selection flags of these commands. */
    public record Selection(List<String> args, List<String> filenames, boolean all, String labelSelector,
                            String fieldSelector, boolean allNamespaces, String subresource) {
    }

    private LatestObjects() {
    }

    public static Visited visit(CommandContext context, Selection selection) {
        List<Found> found = new ArrayList<>();
        List<KubectlError> errors = new ArrayList<>();
        Fetcher fetcher = new Fetcher(context.client(), Request.JSON, selection.labelSelector(),
                selection.fieldSelector(), selection.subresource());
        if (!selection.filenames().isEmpty()) {
            List<ManifestInfos.Entry> entries = ManifestInfos.read(context, selection.filenames());
            for (ManifestInfos.Entry entry : entries) {
                if (entry.error() != null) {
                    errors.add(entry.error());
                    continue;
                }
                ManifestInfo info = entry.info();
                Target target = new Target(info.mapping(), info.namespace(), info.name());
                Fetched fetched = fetcher.fetch(target);
                if (fetched.failed()) {
                    errors.add(fetched.error());
                } else {
                    found.add(new Found(info.mapping(), info.namespace(), info.name(), fetched.body(), info.source()));
                }
            }
            return new Visited(found, errors, entries.size() == 1);
        }
        ResourceArgs.Selection targets = ResourceArgs.resolve(context, selection.args(), selection.allNamespaces());
        for (Target target : targets.targets()) {
            Fetched fetched = fetcher.fetch(target);
            if (fetched.failed()) {
                errors.add(fetched.error());
            } else if (target.isList()) {
                for (ObjectNode item : Lists.items(fetched.body())) {
                    found.add(new Found(target.mapping(), item.path("metadata").path("namespace").asText(""),
                            item.path("metadata").path("name").asText(), item, ""));
                }
            } else {
                found.add(new Found(target.mapping(), target.namespace(), target.name(), fetched.body(), ""));
            }
        }
        return new Visited(found, errors, targets.singleItemImplied());
    }
}
