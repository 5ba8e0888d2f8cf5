package dev.rbaclab.kubectl.cli;

import dev.rbaclab.kubectl.Invocation;
import dev.rbaclab.kubectl.Kubectl;
import dev.rbaclab.kubectl.config.KubeconfigState;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** cobra's command search and pflag's parsing, as kubectl's command line behaves. */
class CommandLineTest {

    private static final CommandNode TREE = KubectlCommands.tree();

    private static CommandLine.Parsed parse(String... args) {
        return CommandLine.parse(TREE, Arrays.asList(args));
    }

    /** What the console prints for a command line that does not parse (no request is sent). */
    private static String error(String... args) {
        Kubectl kubectl = new Kubectl(request -> {
            throw new AssertionError("no request expected");
        });
        return kubectl.run(new Invocation(Arrays.asList(args), new KubeconfigState(List.of(), List.of(), List.of(), ""),
                "", Map.of())).stderr();
    }

    @Test
    void findsTheCommandAroundFlags() {
        CommandLine.Parsed parsed = parse("-n", "foo", "get", "sa", "--output=yaml", "-A");
        assertThat(parsed.command().key()).isEqualTo("get");
        assertThat(parsed.flags().args()).containsExactly("sa");
        assertThat(parsed.flags().string("namespace")).isEqualTo("foo");
        assertThat(parsed.flags().string("output")).isEqualTo("yaml");
        assertThat(parsed.flags().bool("all-namespaces")).isTrue();
    }

    @Test
    void findsSubcommandsAndAliases() {
        assertThat(parse("create", "sa", "x").command().key()).isEqualTo("create serviceaccount");
        assertThat(parse("config", "use", "alice").command().key()).isEqualTo("config use-context");
        assertThat(parse("auth", "can-i", "get", "pods").flags().args()).containsExactly("get", "pods");
    }

    @Test
    void shorthandsCombineAndTakeAttachedValues() {
        CommandLine.Parsed parsed = parse("get", "sa", "-Aoname");
        assertThat(parsed.flags().bool("all-namespaces")).isTrue();
        assertThat(parsed.flags().string("output")).isEqualTo("name");
        assertThat(parse("get", "sa", "-n=kube-system").flags().string("namespace")).isEqualTo("kube-system");
    }

    @Test
    void repeatedAndCommaSeparatedListFlags() {
        CommandLine.Parsed parsed = parse("create", "role", "r", "--verb=get,list", "--verb", "watch", "--resource=pods");
        assertThat(parsed.flags().list("verb")).containsExactly("get", "list", "watch");
    }

    @Test
    void argumentsAfterADoubleDashAreNotFlags() {
        CommandLine.Parsed parsed = parse("exec", "web", "--", "ls", "-l");
        assertThat(parsed.flags().args()).containsExactly("web", "ls", "-l");
        assertThat(parsed.flags().argsLenAtDash()).isEqualTo(1);
    }

    @Test
    void unknownCommandsAndFlagsFailAsCobraDoes() {
        assertThat(error("frobnicate")).isEqualTo("error: unknown command \"frobnicate\" for \"kubectl\"\n");
        assertThat(error("-n", "foo", "frobnicate")).isEqualTo("Error: flags cannot be placed before plugin name: -n\n");
        assertThat(error("get", "pods", "--foo")).isEqualTo("error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n");
        assertThat(error("get", "sa", "-n")).isEqualTo("error: flag needs an argument: 'n' in -n\n"
                + "See 'kubectl get --help' for usage.\n");
    }

    @Test
    void mistypedCommandsGetSuggestions() {
        assertThat(error("gett", "pods")).contains("Did you mean this?\n").contains("\tget\n");
    }

    @Test
    void localFlagsShadowGlobalOnes() {
        CommandLine.Parsed parsed = parse("config", "set-context", "--current", "--namespace=foo");
        assertThat(parsed.command().hasOwnFlag("namespace")).isTrue();
        assertThat(error("config", "set-context", "--current", "-n", "foo")).startsWith("error: unknown shorthand flag: 'n' in -n");
    }

    @Test
    void boolFlagsTakeOnlyAttachedValues() {
        assertThat(parse("get", "sa", "-A=false").flags().bool("all-namespaces")).isFalse();
        assertThat(parse("get", "sa", "-A", "false").flags().args()).isEqualTo(List.of("sa", "false"));
    }
}
