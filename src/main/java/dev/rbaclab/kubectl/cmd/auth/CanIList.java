package dev.rbaclab.kubectl.cmd.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.printers.GoJson;
import dev.rbaclab.kubectl.printers.GoValues;
import dev.rbaclab.kubectl.printers.TabWriter;
import dev.rbaclab.kubectl.rbac.PolicyRules;
import dev.rbaclab.kubectl.rbac.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code kubectl auth can-i --list} (cani.go RunAccessList / printStatus): a SelfSubjectRulesReview of the
 * namespace; its resource and non-resource rules broken down, compacted and sorted as describe does, in a table
 * {@code Resources  Non-Resource URLs  Resource Names  Verbs}.
 */
final class CanIList {

    private CanIList() {
    }

    static void run(CommandContext context) {
        if (context.flags().bool("quiet") || context.flags().bool("all-namespaces") || !context.flags().string("subresource").isEmpty()) {
            throw new CommandError("list option can't be specified with neither quiet, all-namespaces nor subresource options");
        }
        ObjectNode review = Json.object();
        review.put("kind", "SelfSubjectRulesReview");
        review.put("apiVersion", "authorization.k8s.io/v1");
        review.putObject("metadata").putNull("creationTimestamp");
        review.putObject("spec").put("namespace", context.namespace());
        review.putObject("status").putNull("resourceRules").putNull("nonResourceRules").put("incomplete", false);
        JsonNode response = context.client().send(new Request("POST",
                "/apis/authorization.k8s.io/v1/selfsubjectrulesreviews", Map.of(), "application/json", null, null,
                "selfsubjectrulesreviews", null).withBody(Request.JSON, GoJson.compact(review))).json();
        JsonNode status = response.path("status");
        if (status.path("incomplete").asBoolean(false)) {
            CanICommand.warn(context, "the list may be incomplete: " + status.path("evaluationError").asText(""));
        }
        List<Rule> rules = new ArrayList<>();
        for (JsonNode r : status.path("resourceRules")) {
            rules.add(new Rule(Json.strings(r.path("verbs")), Json.strings(r.path("apiGroups")),
                    Json.strings(r.path("resources")), Json.strings(r.path("resourceNames")), List.of()));
        }
        for (JsonNode r : status.path("nonResourceRules")) {
            rules.add(new Rule(Json.strings(r.path("verbs")), List.of(), List.of(), List.of(),
                    Json.strings(r.path("nonResourceURLs"))));
        }
        StringBuilder out = new StringBuilder();
        TabWriter w = TabWriter.forTables(out);
        if (!context.flags().bool("no-headers")) {
            w.write("Resources\tNon-Resource URLs\tResource Names\tVerbs\n");
        }
        for (Rule r : PolicyRules.expandAndSort(rules)) {
            w.write(PolicyRules.combineResourceGroup(r.resources(), r.apiGroups()) + "\t" + GoValues.list(r.nonResourceURLs())
                    + "\t" + GoValues.list(r.resourceNames()) + "\t" + GoValues.list(r.verbs()) + "\n");
        }
        w.flush();
        context.out().print(out.toString());
    }
}
