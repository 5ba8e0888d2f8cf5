package dev.rbaclab.kubectl.cmd.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.client.RestClient;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.cmd.resource.ObjectPrinter;
import dev.rbaclab.kubectl.cmd.resource.OutputFormat;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.StatusError;
import dev.rbaclab.kubectl.printers.GoValues;
import dev.rbaclab.kubectl.printers.TabWriter;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code kubectl auth whoami} (staging/src/k8s.io/kubectl/pkg/cmd/auth/whoami.go): a SelfSubjectReview (v1, then
 * v1beta1 and v1alpha1 when the server answers 404), printed as an ATTRIBUTE/VALUE table or with -o.
 */
public final class WhoAmICommand implements Command {

    private static final String BODY_TEMPLATE = "{\"kind\":\"SelfSubjectReview\",\"apiVersion\":\"authentication.k8s.io/%s\","
            + "\"metadata\":{\"creationTimestamp\":null},\"status\":{\"userInfo\":{}}}";

    @Override
    public void run(CommandContext context) {
        String output = context.flags().string("output");
        OutputFormat format = OutputFormat.parse(output, OutputFormat.ALLOWED.replace("custom-columns,custom-columns-file,", "").replace("wide,", ""), false);
        JsonNode review = null;
        StatusError last = null;
        for (String version : List.of("v1", "v1beta1", "v1alpha1")) {
            Request request = new Request("POST", "/apis/authentication.k8s.io/" + version + "/selfsubjectreviews",
                    Map.of(), "application/json", null, null, "selfsubjectreviews", null)
                    .withBody(Request.JSON, String.format(BODY_TEMPLATE, version));
            ApiResponse response = context.client().exchange(request);
            if (response.code() >= 200 && response.code() < 300) {
                review = response.bodyJson();
                break;
            }
            last = RestClient.statusError(request, response);
            if (!last.isNotFound()) {
                break;
            }
        }
        if (review == null) {
            if (last.isForbidden()) {
                throw new CommandError("the selfsubjectreviews API is not enabled in the cluster or you do not have permission to call it");
            }
            if (last.isNotFound()) {
                throw new CommandError("the selfsubjectreviews API is not enabled in the cluster\nenable APISelfSubjectReview "
                        + "feature gate and authentication.k8s.io/v1alpha1 or authentication.k8s.io/v1beta1 API");
            }
            throw last;
        }
        if (format.kind() != OutputFormat.Kind.HUMAN) {
            context.out().print(new ObjectPrinter(format, context.flags().bool("show-managed-fields")).print(review, "", true));
            return;
        }
        JsonNode user = review.path("status").path("userInfo");
        StringBuilder out = new StringBuilder();
        TabWriter w = TabWriter.forTables(out);
        w.write("ATTRIBUTE\tVALUE\n");
        if (!user.path("username").asText("").isEmpty()) {
            w.write("Username\t" + user.path("username").asText() + "\n");
        }
        if (!user.path("uid").asText("").isEmpty()) {
            w.write("UID\t" + user.path("uid").asText() + "\n");
        }
        if (!user.path("groups").isEmpty()) {
            w.write("Groups\t" + GoValues.sprint(user.path("groups")) + "\n");
        }
        Map<String, JsonNode> extra = new TreeMap<>();
        user.path("extra").fields().forEachRemaining(e -> extra.put(e.getKey(), e.getValue()));
        extra.forEach((k, v) -> w.write("Extra: " + k + "\t" + GoValues.sprint(v) + "\n"));
        w.flush();
        context.out().print(out.toString());
    }
}
