package dev.rbaclab.kubectl.cmd.config;

import dev.rbaclab.kubectl.ConsoleMessages;
import dev.rbaclab.kubectl.cli.ParsedFlags;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.config.KubeconfigState;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.printers.GoValues;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kubectl config set-credentials NAME --token=T} (staging/src/k8s.io/kubectl/pkg/cmd/config/set_credentials.go).
 * The lab authenticates with bearer tokens only, so the console keeps only {@code --token}; the other credential
 * flags are refused with a console message after kubectl's own validation.
 */
public final class SetCredentialsCommand implements Command {

    private static final List<String> UNSUPPORTED = List.of("client-certificate", "client-key", "embed-certs",
            "auth-provider", "auth-provider-arg", "exec-command", "exec-api-version", "exec-arg", "exec-env",
            "exec-interactive-mode", "exec-provide-cluster-info");

    @Override
    public void run(CommandContext context) {
        ParsedFlags flags = context.flags();
        if (context.args().size() != 1) {
            throw HelpError.of(context, "unexpected args: " + GoValues.list(context.args()));
        }
        String name = context.args().get(0);
        if (name.isEmpty()) {
            throw new CommandError("you must specify a non-empty user name");
        }
        List<String> methods = new ArrayList<>();
        if (!flags.string("token").isEmpty()) {
            methods.add("--token");
        }
        if (!flags.string("username").isEmpty() || !flags.string("password").isEmpty()) {
            methods.add("--username/--password");
        }
        if (methods.size() > 1) {
            throw new CommandError("you cannot specify more than one authentication method at the same time: "
                    + String.join(", ", methods));
        }
        for (String flag : UNSUPPORTED) {
            if (flags.changed(flag)) {
                throw new CommandError(String.format(ConsoleMessages.TOKEN_CREDENTIALS_ONLY, "--" + flag));
            }
        }
        if (!flags.string("username").isEmpty() || !flags.string("password").isEmpty()) {
            throw new CommandError(String.format(ConsoleMessages.TOKEN_CREDENTIALS_ONLY, "--username/--password"));
        }
        KubeconfigState config = context.kubeconfig();
        String token = flags.changed("token") ? flags.string("token")
                : config.user(name).map(KubeconfigState.User::token).orElse("");
        context.updateKubeconfig(config.withUser(new KubeconfigState.User(name, token)));
        context.out().print("User " + GoValues.quote(name) + " set.\n");
    }
}
