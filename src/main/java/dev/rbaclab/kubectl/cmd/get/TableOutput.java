package dev.rbaclab.kubectl.cmd.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.kubectl.cli.ParsedFlags;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.cmd.resource.Fetched;
import dev.rbaclab.kubectl.cmd.resource.Lists;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.printers.PrintOptions;
import dev.rbaclab.kubectl.printers.TabWriter;
import dev.rbaclab.kubectl.printers.TablePrinter;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The human-readable half of get.go Run: one printer per resource type, {@code kind/name} when several kinds are
 * printed, a blank line between the tables of different types (only when both printed something), and
 * {@code No resources found ...} on stderr when nothing was printed and nothing failed.
 */
final class TableOutput {

    private final CommandContext context;
    private final boolean wide;
    private final boolean allNamespaces;

    TableOutput(CommandContext context, boolean wide, boolean allNamespaces) {
        this.context = context;
        this.wide = wide;
        this.allNamespaces = allNamespaces;
    }

    private final StringBuilder pending = new StringBuilder();
    private boolean separatorReady;
    private int written;

    void print(List<Fetched> infos, List<KubectlError> errors, boolean ignoreNotFound) {
        ParsedFlags flags = context.flags();
        boolean printWithKind = multipleKinds(infos) || flags.bool("show-kind");
        TabWriter writer = TabWriter.forTables(pending);
        boolean allNamespaced = !allNamespaces;
        ResourceMapping last = null;
        TablePrinter printer = null;
        for (Fetched info : infos) {
            ResourceMapping mapping = info.target().mapping();
            allNamespaced = allNamespaced && mapping.namespaced();
            if (printer == null || !mapping.resource().equals(last.resource())) {
                writer.flush();
                writer.forgetWidths();
                drain();
                // a blank line between resource groups, once something was printed and headers are on
                if (last != null && !flags.bool("no-headers") && written > 0) {
                    separatorReady = true;
                }
                PrintOptions options = new PrintOptions(flags.bool("no-headers"), wide,
                        allNamespaces && mapping.namespaced(), flags.bool("show-labels"), flags.list("label-columns"),
                        printWithKind ? mapping.nameKind() : null);
                printer = new TablePrinter(options);
                last = mapping;
            }
            printer.print(asTable(info.body()), writer);
            drain();
        }
        writer.flush();
        drain();
        if (written == 0 && !ignoreNotFound && errors.isEmpty()) {
            if (allNamespaced) {
                context.out().printErr("No resources found in " + context.namespace() + " namespace.\n");
            } else {
                context.out().printErr("No resources found\n");
            }
        }
    }

    /** Moves what the tab writer flushed to stdout, after the blank separator line when one is due. */
    private void drain() {
        if (pending.length() == 0) {
            return;
        }
        StringBuilder out = context.out().stdout();
        if (separatorReady) {
            out.append('\n');
            written++;
            separatorReady = false;
        }
        out.append(pending);
        written += pending.length();
        pending.setLength(0);
    }

    private static boolean multipleKinds(List<Fetched> infos) {
        if (infos.size() < 2) {
            return false;
        }
        Set<String> kinds = new HashSet<>();
        for (Fetched info : infos) {
            ResourceMapping m = info.target().mapping();
            kinds.add(m.group() + "/" + m.version() + "/" + m.kind());
        }
        return kinds.size() > 1;
    }

    /** A server that ignored the Table Accept: print like the default printer (NAME, AGE from metadata). */
    private static JsonNode asTable(JsonNode body) {
        if ("Table".equals(body.path("kind").asText())) {
            return body;
        }
        ObjectNode table = Json.object();
        table.put("kind", "Table");
        ArrayNode columns = table.putArray("columnDefinitions");
        columns.addObject().put("name", "Name").put("type", "string").put("format", "name");
        columns.addObject().put("name", "Age").put("type", "string");
        ArrayNode rows = table.putArray("rows");
        List<? extends JsonNode> items = Lists.isList(body) ? Lists.items(body) : List.of(body);
        for (JsonNode item : items) {
            ObjectNode row = rows.addObject();
            row.putArray("cells").add(item.path("metadata").path("name").asText())
                    .add(dev.rbaclab.kubectl.printers.HumanDuration.sinceTimestamp(item.path("metadata").path("creationTimestamp").asText("")));
            row.set("object", item);
        }
        return table;
    }
}
