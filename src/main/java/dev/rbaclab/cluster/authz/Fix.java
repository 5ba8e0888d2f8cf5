package dev.rbaclab.cluster.authz;

import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.explain.Explanation;
import dev.rbaclab.explain.Line;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.util.Locale;
import java.util.Set;

/**
 * The smallest grant that would allow a denied request: a Role and RoleBinding in the request's namespace, or a
 * ClusterRole and ClusterRoleBinding for cluster-scoped resources and non-resource URLs — as the kubectl commands a
 * learner can paste. A request that names one object is granted for that name only.
 */
final class Fix {

    private static final Set<String> NAMEABLE_VERBS = Set.of("get", "update", "patch", "delete");

    private Fix() {
    }

    static void suggest(Attributes request, UserInfo user, Explanation explanation) {
        String subjectFlag = subjectFlag(user);
        if (subjectFlag == null) {
            return;
        }
        String base = baseName(request);
        String bindingName = base + "-" + sanitize(shortName(user));
        Line fix;
        if (request.resourceRequest() && !request.namespace().isEmpty()) {
            fix = explanation.add(Stage.AUTHORIZATION, Mark.FIX, "authz.fix.role", request.namespace());
            fix.add(Mark.FIX, "authz.fix.command", "kubectl create role " + base + " --verb=" + request.verb()
                    + " --resource=" + resourceArg(request) + nameArg(request) + " -n " + request.namespace());
            fix.add(Mark.FIX, "authz.fix.command", "kubectl create rolebinding " + bindingName + " --role=" + base + " "
                    + subjectFlag + " -n " + request.namespace());
        } else {
            fix = explanation.add(Stage.AUTHORIZATION, Mark.FIX, "authz.fix.clusterrole");
            String what = request.resourceRequest()
                    ? " --resource=" + resourceArg(request) + nameArg(request)
                    : " --non-resource-url=" + request.path();
            fix.add(Mark.FIX, "authz.fix.command", "kubectl create clusterrole " + base + " --verb=" + request.verb() + what);
            fix.add(Mark.FIX, "authz.fix.command", "kubectl create clusterrolebinding " + bindingName + " --clusterrole="
                    + base + " " + subjectFlag);
        }
    }

    private static String subjectFlag(UserInfo user) {
        String name = user.name();
        if (name.startsWith(UserInfo.SERVICE_ACCOUNT_PREFIX)) {
            String[] parts = name.substring(UserInfo.SERVICE_ACCOUNT_PREFIX.length()).split(":");
            return parts.length == 2 ? "--serviceaccount=" + parts[0] + ":" + parts[1] : null;
        }
        return "--user=" + name;
    }

    private static String shortName(UserInfo user) {
        String name = user.name();
        return name.startsWith(UserInfo.SERVICE_ACCOUNT_PREFIX) ? name.substring(name.lastIndexOf(':') + 1) : name;
    }

    private static String baseName(Attributes request) {
        if (!request.resourceRequest()) {
            return sanitize(request.verb() + "-" + request.path());
        }
        return sanitize(request.verb() + "-" + request.resourceWithSubresource());
    }

    private static String resourceArg(Attributes request) {
        String resource = request.apiGroup().isEmpty() ? request.resource() : request.resource() + "." + request.apiGroup();
        return request.subresource().isEmpty() ? resource : resource + "/" + request.subresource();
    }

    private static String nameArg(Attributes request) {
        return !request.name().isEmpty() && NAMEABLE_VERBS.contains(request.verb())
                ? " --resource-name=" + request.name() : "";
    }

    /** A DNS-label-like name: lowercase letters, digits and dashes. */
    static String sanitize(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-+", "-");
        cleaned = cleaned.replaceAll("^-|-$", "");
        if (cleaned.length() > 50) {
            cleaned = cleaned.substring(0, 50).replaceAll("-$", "");
        }
        return cleaned.isEmpty() ? "access" : cleaned;
    }
}
