package dev.rbaclab.kubectl.cmd.info;

import dev.rbaclab.kubectl.printers.GoValues;
import dev.rbaclab.kubectl.errors.UsageError;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.discovery.Discovery;
import dev.rbaclab.kubectl.discovery.DiscoveryFailure;
import dev.rbaclab.kubectl.errors.CommandError;

import java.util.List;

/** {@code kubectl api-versions} (apiresources/apiversions.go): the group list, fresh, sorted. */
public final class ApiVersionsCommand implements Command {

    @Override
    public void run(CommandContext context) {
        if (!context.args().isEmpty()) {
            throw new UsageError(context.command().path(), "unexpected arguments: " + GoValues.list(context.args()));
        }
        context.discovery().invalidate();
        List<String> versions;
        try {
            versions = new java.util.ArrayList<>(Discovery.groupVersions(context.client()));
        } catch (DiscoveryFailure e) {
            throw new CommandError("couldn't get available api versions from server: " + e.logText());
        }
        versions.sort(null);
        for (String v : versions) {
            context.out().print(v + "\n");
        }
    }
}
