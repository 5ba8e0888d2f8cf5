package dev.rbaclab.kubectl.cmd.config;

import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.config.KubeconfigState;
import dev.rbaclab.kubectl.errors.AggregateError;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.printers.TabWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kubectl config get-contexts [NAME...]} (staging/src/k8s.io/kubectl/pkg/cmd/config/get_contexts.go): a
 * table {@code CURRENT NAME CLUSTER AUTHINFO NAMESPACE} or names only; unknown names are reported after the table.
 */
public final class GetContextsCommand implements Command {

    @Override
    public void run(CommandContext context) {
        String output = context.flags().string("output");
        if (!output.isEmpty() && !output.equals("name")) {
            // kubectl 1.32 refuses every other format with this text, whatever the list of valid ones says
            throw new CommandError("--output " + output + " is not available in kubectl config get-contexts; "
                    + "resetting to default output format");
        }
        boolean nameOnly = output.equals("name");
        boolean headers = !nameOnly && !context.flags().bool("no-headers");
        KubeconfigState config = context.kubeconfig();
        List<KubeconfigState.Context> shown = new ArrayList<>();
        List<KubectlError> errors = new ArrayList<>();
        if (context.args().isEmpty()) {
            shown.addAll(config.contexts());
        } else {
            for (String name : context.args()) {
                config.context(name).ifPresentOrElse(shown::add,
                        () -> errors.add(new CommandError("context " + name + " not found")));
            }
        }
        shown.sort(java.util.Comparator.comparing(KubeconfigState.Context::name));
        StringBuilder out = new StringBuilder();
        TabWriter w = TabWriter.forTables(out);
        if (headers) {
            w.write(nameOnly ? "CURRENT\n" : "CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n");
        }
        for (KubeconfigState.Context c : shown) {
            if (nameOnly) {
                w.write(c.name() + "\n");
            } else {
                String prefix = c.name().equals(config.currentContext()) ? "*" : " ";
                w.write(prefix + "\t" + c.name() + "\t" + c.cluster() + "\t" + c.user() + "\t" + c.namespace() + "\n");
            }
        }
        w.flush();
        context.out().print(out.toString());
        if (!errors.isEmpty()) {
            throw AggregateError.of(errors);
        }
    }
}
