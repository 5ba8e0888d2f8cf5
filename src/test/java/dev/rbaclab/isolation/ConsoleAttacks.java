package dev.rbaclab.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.WebClient;

import java.util.List;

/**
 * The attacker's in-browser console aimed at the victim's cluster: kubectl with {@code --server}, {@code --token}
 * and {@code --kubeconfig} naming the victim's cluster URL, the workstation's curl, and curl from inside the
 * attacker's own pod. The console reaches only its own sandbox; another cluster URL is a path nobody serves.
 */
final class ConsoleAttacks {

    private final Tally tally;

    ConsoleAttacks(Tally tally) {
        this.tally = tally;
    }

    void run(Learner attacker, Learner victim) {
        kubectlFlags(attacker, victim);
        kubeconfigFile(attacker, victim);
        workstationCurl(attacker, victim);
        if (attacker.pod != null) {
            podCurl(attacker, victim);
        }
    }

    private void kubectlFlags(Learner attacker, Learner victim) {
        String server = "--server " + victim.server + " ";
        String ns = " -n " + victim.namespace;
        List<String> commands = List.of(
                "kubectl " + server + "get secrets" + ns + " -o yaml",
                "kubectl " + server + "--token " + attacker.adminToken + " get configmaps -A -o yaml",
                "kubectl " + server + "--token " + attacker.serviceAccountTokens.get(0) + " get secret " + victim.secretName + ns,
                "kubectl " + server + "--insecure-skip-tls-verify delete serviceaccount " + victim.serviceAccount + ns,
                "kubectl " + server + "create configmap planted" + ns,
                "kubectl " + server + "create token " + victim.serviceAccount + ns,
                "kubectl " + server + "exec " + (victim.pod == null ? "app" : victim.pod) + ns + " -- cat /etc/hostname",
                "kubectl " + server + "auth can-i --list" + ns);
        for (String command : commands) {
            JsonNode reply = Console.run(attacker.web, command);
            refusedCommand("console: kubectl flags", command, reply, victim);
        }
    }

    private void kubeconfigFile(Learner attacker, Learner victim) {
        String kubeconfig = """
                apiVersion: v1
                kind: Config
                clusters:
                - name: theirs
                  cluster:
                    server: %s
                    insecure-skip-tls-verify: true
                users:
                - name: mine
                  user:
                    token: %s
                contexts:
                - name: theirs
                  context: {cluster: theirs, user: mine, namespace: %s}
                current-context: theirs
                """.formatted(victim.server, attacker.adminToken, victim.namespace);
        WebClient.Response saved = attacker.web.postJson("/api/console/files",
                Json.write(Json.object().put("name", "theirs.yaml").put("content", kubeconfig)));
        tally.control("console-file saved", saved.code() == 200, saved.code() + " " + saved.body());
        for (String command : List.of("kubectl --kubeconfig theirs.yaml get secrets -o yaml",
                "kubectl --kubeconfig theirs.yaml delete serviceaccount " + victim.serviceAccount,
                "kubectl --kubeconfig theirs.yaml apply -f theirs.yaml")) {
            refusedCommand("console: --kubeconfig", command, Console.run(attacker.web, command), victim);
        }
    }

    private void workstationCurl(Learner attacker, Learner victim) {
        String ns = victim.server + "/api/v1/namespaces/" + victim.namespace;
        for (String command : List.of(
                "curl -sk " + ns + "/secrets -H 'Authorization: Bearer " + attacker.adminToken + "'",
                "curl -sk -X DELETE " + ns + "/serviceaccounts/" + victim.serviceAccount + " -H 'Authorization: Bearer "
                        + attacker.serviceAccountTokens.get(0) + "'",
                "curl -sk " + victim.server + "/api/v1/configmaps")) {
            JsonNode reply = Console.run(attacker.web, command);
            String output = Console.output(reply);
            String leaked = victim.leakIn(output);
            boolean notServed = output.contains("\"code\": 404") || output.contains("\"code\":404");
            tally.attempt("console: workstation curl", command, leaked == null && notServed,
                    (leaked == null ? "" : "showing " + leaked + ": ") + output);
        }
    }

    /** From inside a pod only the in-cluster API server is reachable, and it is the attacker's own cluster. */
    private void podCurl(Learner attacker, Learner victim) {
        // single quotes: $(cat ...) runs in the pod, where the token is mounted
        String exec = "kubectl exec " + attacker.pod + " -n " + attacker.namespace + " -- sh -c ";
        String token = "-H \"Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)\" ";
        String theirPath = java.net.URI.create(victim.server).getPath();
        for (String command : List.of(
                exec + "'curl -sk " + token + victim.server + "/api/v1/namespaces/" + victim.namespace + "/secrets'",
                exec + "'curl -sk " + token + "https://kubernetes.default.svc" + theirPath
                        + "/api/v1/namespaces/" + victim.namespace + "/secrets'",
                exec + "'curl -sk -X DELETE " + token + victim.server + "/api/v1/namespaces/" + victim.namespace + "'")) {
            JsonNode reply = Console.run(attacker.web, command);
            refusedCommand("pod: curl", command, reply, victim);
        }
    }

    /** Refused: nothing of the victim's in the output, and no listing or object came back. */
    private void refusedCommand(String category, String command, JsonNode reply, Learner victim) {
        String output = Console.output(reply);
        String leaked = victim.leakIn(output);
        // kubectl prints an empty list before a failed list's error (-o yaml); only items would be an answer
        boolean answeredWithData = output.contains("items:\n-") || output.contains("\"items\": [\n") && !output.contains("\"items\": []")
                || output.contains("created") || output.contains("deleted") || output.contains("eyJ");
        tally.attempt(category, command, leaked == null && !answeredWithData,
                "exit " + reply.path("exitCode").asInt() + (leaked == null ? "" : " showing " + leaked) + ": " + output);
    }
}
