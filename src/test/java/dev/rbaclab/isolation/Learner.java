package dev.rbaclab.isolation;

import dev.rbaclab.testing.WebClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One learner and everything they hold: their browser (session cookie and CSRF token), their sandbox's id, URL and
 * admin token, the ServiceAccount and static-user tokens they obtained, the audit ids of their requests, and the
 * objects they made. As a victim, {@link #leakIn} finds their secrets in what an attacker got back.
 */
final class Learner {

    final String label;
    final WebClient web;
    final String learnerId;
    final String sandboxId;
    final String server;
    final String adminToken;
    final String namespace;
    final String serviceAccount;
    final String serviceAccountUid;
    /** Never named in any attack: if it shows up in an answer, a listing leaked. */
    final String hiddenConfigMap;
    final String configValue;
    final String secretName;
    final String secretValue;
    final String pod;
    final String workshopCode;
    final List<String> serviceAccountTokens = new ArrayList<>();
    final List<String> staticTokens = new ArrayList<>();
    final List<Long> requestIds = new ArrayList<>();

    Learner(String label, WebClient web, String learnerId, String sandboxId, String server, String adminToken,
            String namespace, String serviceAccount, String serviceAccountUid, String hiddenConfigMap, String configValue,
            String secretName, String secretValue, String pod, String workshopCode) {
        this.label = label;
        this.web = web;
        this.learnerId = learnerId;
        this.sandboxId = sandboxId;
        this.server = server;
        this.adminToken = adminToken;
        this.namespace = namespace;
        this.serviceAccount = serviceAccount;
        this.serviceAccountUid = serviceAccountUid;
        this.hiddenConfigMap = hiddenConfigMap;
        this.configValue = configValue;
        this.secretName = secretName;
        this.secretValue = secretValue;
        this.pod = pod;
        this.workshopCode = workshopCode;
    }

    /** Every credential this learner has for the Kubernetes API, labelled for the report. */
    List<Credential> apiCredentials() {
        List<Credential> all = new ArrayList<>();
        all.add(new Credential("admin token", adminToken));
        serviceAccountTokens.forEach(t -> all.add(new Credential("ServiceAccount token", t)));
        staticTokens.forEach(t -> all.add(new Credential("static user token", t)));
        return all;
    }

    record Credential(String kind, String token) {
    }

    /** The first of this learner's secrets that {@code text} contains, or null. */
    String leakIn(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<String> secrets = new ArrayList<>(List.of(adminToken, hiddenConfigMap, configValue, secretValue,
                Base64.getEncoder().encodeToString(secretValue.getBytes(StandardCharsets.UTF_8))));
        secrets.addAll(serviceAccountTokens);
        secrets.addAll(staticTokens);
        for (String secret : secrets) {
            if (text.contains(secret)) {
                return secret.length() > 24 ? secret.substring(0, 24) + "…" : secret;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label + "(" + sandboxId + ")";
    }
}
