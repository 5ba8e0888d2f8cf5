package dev.rbaclab.kubectl.cmd.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.cli.ParsedFlags;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.cmd.resource.OutputFormat;
import dev.rbaclab.kubectl.config.KubeconfigState;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.UsageError;
import dev.rbaclab.kubectl.printers.GoJson;
import dev.rbaclab.kubectl.printers.GoValues;
import dev.rbaclab.kubectl.printers.GoYaml;
import dev.rbaclab.kubectl.printers.JsonPath;

/**
 * {@code kubectl config view [--minify] [--raw] [--flatten] [-o yaml|json|jsonpath=...]}
 * (staging/src/k8s.io/kubectl/pkg/cmd/config/view.go): the console's kubeconfig as a v1 Config, secrets shortened
 * to {@code REDACTED} / {@code DATA+OMITTED} unless {@code --raw} or {@code --flatten} (the console's data is
 * always embedded, so flattening changes nothing else).
 */
public final class ViewCommand implements Command {

    private static final String ALLOWED = "go-template,go-template-file,json,jsonpath,jsonpath-as-json,"
            + "jsonpath-file,name,template,templatefile,yaml";

    @Override
    public void run(CommandContext context) {
        ParsedFlags flags = context.flags();
        if (!context.args().isEmpty()) {
            throw new UsageError(context.command().path(), "unexpected arguments: " + GoValues.list(context.args()));
        }
        OutputFormat format = OutputFormat.parse(flags.string("output"), ALLOWED, false);
        if (flags.changed("merge") && !flags.bool("merge")) {
            throw new CommandError("if merge==false a precise file must to specified");
        }
        KubeconfigState config = context.kubeconfig();
        if (flags.bool("minify")) {
            if (flags.changed("context") && !flags.string("context").isEmpty()) {
                config = config.withCurrentContext(flags.string("context"));
            }
            try {
                config = config.minified();
            } catch (IllegalStateException e) {
                throw new CommandError(e.getMessage());
            }
        }
        ObjectNode json = config.toConfigJson(flags.bool("raw") || flags.bool("flatten"));
        context.out().print(switch (format.kind()) {
            case JSON -> GoJson.indentedInOrder(json, "    ") + "\n";
            case NAME -> "config/<unknown>\n";
            case JSONPATH, JSONPATH_AS_JSON -> jsonPath(format, json);
            default -> GoYaml.marshal(json);
        });
    }

    private static String jsonPath(OutputFormat format, ObjectNode json) {
        try {
            return JsonPath.parse(format.template(), format.kind() == OutputFormat.Kind.JSONPATH_AS_JSON).execute(json);
        } catch (IllegalArgumentException e) {
            throw new CommandError("error parsing jsonpath " + format.template() + ", " + e.getMessage());
        }
    }
}
