package dev.rbaclab.kubectlit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing that differs from run to run, and from one real cluster to another, replaced by a placeholder so that
 * an expected kubectl output can be written down once. Everything else is compared byte for byte.
 */
record Normaliser(String name, UnaryOperator<String> function) {

    /** The AGE column of get tables: {@code <age>}. */
    static final Normaliser AGES = column("AGE", "<age>");
    /** The CREATED AT column of roles and clusterroles: {@code <time>}. */
    static final Normaliser CREATED_AT = column("CREATED AT", "<time>");
    /** The IP column of pods: the simulated kubelet, like a real CNI, hands out addresses at random. */
    static final Normaliser POD_IP_COLUMN = column("IP", "<pod-ip>");
    /** RFC 3339 timestamps (YAML, JSON) and the RFC 1123 times describe prints: {@code <time>}. */
    static final Normaliser TIMESTAMPS = regex("timestamps",
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ|[A-Z][a-z]{2}, \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d{4}",
            "<time>");
    static final Normaliser UIDS = regex("uids", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<uid>");
    /** resourceVersion in YAML ({@code resourceVersion: "1234"}) and JSON ({@code "resourceVersion": "1234"}). */
    static final Normaliser RESOURCE_VERSIONS = regex("resourceVersions",
            "(\"?resourceVersion\"?: )\"\\d+\"", "$1\"<rv>\"");
    /** Signed JWTs (create token, legacy token secrets): {@code <token>}. */
    static final Normaliser TOKENS = regex("tokens", "eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+", "<token>");
    /** Pod IPs where describe prints them (the last value on a line, so no alignment changes). */
    static final Normaliser POD_IPS = regex("pod IPs", "10\\.244\\.\\d+\\.\\d+", "<pod-ip>");
    /** What the container runtime makes up per pod: container ids, image digests, the projected volume's suffix. */
    static final Normaliser CONTAINER_RUNTIME = regex("container runtime ids", "containerd://[0-9a-f]{64}", "containerd://<id>")
            .then(regex("image digests", "@sha256:[0-9a-f]{64}", "@sha256:<digest>"))
            .then(regex("kube-api-access suffix", "kube-api-access-[a-z0-9]{5}", "kube-api-access-<suffix>"));
    /**
     * The size of ca.crt in a token secret: the cluster's CA certificate, different in every cluster (a kubeadm
     * RSA CA is about 1100 bytes, the lab's EC CA about 540).
     */
    static final Normaliser CA_CERT_SIZE = regex("ca.crt size", "(?m)^(ca\\.crt: +)\\d+ bytes$", "$1<n> bytes");
    /**
     * kubectl 1.32 prints a secret's Data lines in Go map order, which changes from run to run (describe.go ranges
     * over secret.Data; later kubectl versions sort): the lines under {@code ====} are sorted.
     */
    static final Normaliser SECRET_DATA_ORDER = new Normaliser("secret data order", Normaliser::sortSecretData);
    /**
     * describe's Events section, left out of the comparison: for a new pod a real cluster lists the scheduler's and
     * the kubelet's events (Scheduled, Pulling, Pulled, Created, Started, with ages and image pull times), while the
     * lab records no events and prints {@code <none>}.
     */
    static final Normaliser EVENTS_SECTION = regex("events section (not simulated)", "(?s)\nEvents:.*\\z",
            "\nEvents:  <not compared>\n");
    /** What every Kubernetes build stamps into its version: commit, build date, Go release. */
    static final Normaliser BUILD_STAMPS = regex("build commit", "(\"gitCommit\": )\"[0-9a-f]{40}\"", "$1\"<commit>\"")
            .then(regex("build date", "(\"buildDate\": )\"[^\"]+\"", "$1\"<time>\""))
            .then(regex("go version", "(\"goVersion\": )\"go[0-9.]+\"", "$1\"<go>\""));
    /** Where kubectl edit saves a rejected buffer: {@code /tmp/kubectl-edit-<random>.yaml}. */
    static final Normaliser EDIT_COPY = regex("kubectl edit copy", "\"[^\"]*/kubectl-edit-\\d+\\.yaml\"", "\"<copy>\"");

    Normaliser then(Normaliser next) {
        return new Normaliser(name + ", " + next.name, text -> next.function.apply(function.apply(text)));
    }

    String apply(String text) {
        return function.apply(text);
    }

    @Override
    public String toString() {
        return name;
    }

    static Normaliser column(String header, String placeholder) {
        return new Normaliser(header + " column", text -> TableColumns.replace(text, header, placeholder));
    }

    static Normaliser regex(String name, String regex, String replacement) {
        Pattern pattern = Pattern.compile(regex);
        return new Normaliser(name, text -> pattern.matcher(text).replaceAll(replacement));
    }

    private static String sortSecretData(String text) {
        Matcher data = Pattern.compile("(?s)(\nData\n====\n)(.*?)(\n\n|$)").matcher(text);
        if (!data.find()) {
            return text;
        }
        List<String> lines = new ArrayList<>(data.group(2).lines().toList());
        lines.sort(null);
        String sorted = String.join("\n", lines) + (data.group(2).endsWith("\n") ? "\n" : "");
        return text.substring(0, data.start(2)) + sorted + text.substring(data.end(2));
    }
}
