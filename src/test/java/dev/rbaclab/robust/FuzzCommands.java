package dev.rbaclab.robust;

import java.util.List;
import java.util.Random;

/** Console command lines for the fuzzer: kubectl with odd verbs, resources and flags, shell syntax, and garbage. */
final class FuzzCommands {

    private static final List<String> VERBS = List.of("get", "get", "describe", "create", "delete", "apply", "patch",
            "edit", "auth can-i", "auth whoami", "auth reconcile", "run", "exec", "logs", "config view", "config use-context",
            "config set-credentials", "config set-context", "api-resources", "api-versions", "cluster-info", "version", "label",
            "annotate", "explain", "rollout status", "scale", "expose", "top pods", "proxy", "port-forward", "cp", "attach",
            "wait", "diff", "replace", "set image", "certificate approve", "drain", "cordon", "create token",
            "create role", "create rolebinding", "create clusterrole", "create secret generic", "create configmap",
            "create serviceaccount", "create namespace", "nope");
    private static final List<String> RESOURCES = List.of("pods", "po", "sa", "serviceaccounts", "roles", "rolebindings",
            "clusterroles", "clusterrolebindings", "secrets", "configmaps", "cm", "ns", "nodes", "all", "deployments",
            "pods,sa", "role/x", "pod/p1", "cm/cm1", "sa/default", "clusterrole/view", "events", "nope", "", "pods/log");
    private static final List<String> FLAGS = List.of("-n default", "-n kube-system", "-n nope", "-A", "-o json",
            "-o yaml", "-o wide", "-o name", "-o jsonpath={.items[*].metadata.name}", "-o jsonpath='{.items[*'",
            "-o go-template={{.x}}", "-o custom-columns=A:.x", "-o nope", "--as=jane", "--as=system:serviceaccount:default:sa1",
            "--as-group=system:masters", "-l 'a in (b'", "-l app=x", "--field-selector=metadata.name=x",
            "--field-selector=nope", "--dry-run=client", "--dry-run=server", "--dry-run=bogus", "-f manifest.yaml",
            "-f nope.yaml", "-f -", "-f /etc/passwd", "--raw /api/v1/namespaces", "--raw /api/v1/watch", "--token=x",
            "--server=https://10.0.0.1", "--image=nginx", "--rm", "-it", "--", "--help", "-h", "--v=9",
            "--sort-by=.metadata.name", "--sort-by={", "--watch", "-w", "--verb=get", "--resource=pods", "--list",
            "--overwrite", "--type=json -p '[{\"op\":\"nope\"}]'", "-p '{'", "--duration=-1s", "--subresource=status",
            "--show-labels", "--no-headers", "--from-literal=a=b", "--from-literal==", "--from-file=/etc/passwd",
            "--clusterrole=view", "--serviceaccount=default:sa1", "--user=", "--group", "--timeout=0s", "--context=nope",
            "--kubeconfig=/nope", "--all", "--grace-period=-1", "--force", "--cascade=orphan", "--selector=!!");
    private static final List<String> SHELL = List.of("echo hi", "ls", "ls /", "cat manifest.yaml", "cat /nope", "help",
            "history", "clear", "pwd", "cd /", "export A=b", "env", "whoami", "base64 -d", "curl https://kubernetes.default",
            "exit", "sh -c 'echo x'", "vi x.yaml", "cat <<EOF", "true && false", "echo $((1/0))", "echo ${A:-x}",
            "echo $(echo $(echo $(echo deep)))", "`echo x`", "echo 'unterminated", "echo \"unterminated", "echo \\",
            "| grep x", "&& echo", ";;", "> /etc/x", "< /dev/zero", "cat /dev/zero", "yes", "sleep 100", ":(){ :|:& };:",
            "kubectl exec p1 -- cat /var/run/secrets/kubernetes.io/serviceaccount/token",
            "kubectl exec -it p1 -- sh", "TOKEN=$(cat /var/run/secrets/kubernetes.io/serviceaccount/token)");

    private final Random random;

    FuzzCommands(Random random) {
        this.random = random;
    }

    String next() {
        int pick = random.nextInt(100);
        if (pick < 60) {
            return kubectl();
        }
        if (pick < 75) {
            return pick(SHELL);
        }
        if (pick < 85) {
            // commands joined, piped or nested
            return kubectl() + pick(List.of(" | ", " && ", " ; ", " || ", " | head -1 | cut -c1-3 | base64 ")) + next();
        }
        if (pick < 92) {
            return Fuzz.text(random, 200);
        }
        if (pick < 96) {
            return "kubectl " + "x".repeat(random.nextInt(20_000));
        }
        return "kubectl get pods " + "-o jsonpath=" + "{".repeat(random.nextInt(3000));
    }

    private String kubectl() {
        StringBuilder line = new StringBuilder(random.nextInt(10) == 0 ? "k " : "kubectl ");
        line.append(pick(VERBS)).append(' ').append(pick(RESOURCES));
        if (random.nextBoolean()) {
            line.append(' ').append(quote(Fuzz.name(random)));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            line.append(' ').append(pick(FLAGS));
        }
        return line.toString();
    }

    /** A name as a learner might type it: bare, quoted, or with the shell's specials left in. */
    private String quote(String name) {
        return switch (random.nextInt(3)) {
            case 0 -> "'" + name.replace("'", "") + "'";
            case 1 -> "\"" + name + "\"";
            default -> name;
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
