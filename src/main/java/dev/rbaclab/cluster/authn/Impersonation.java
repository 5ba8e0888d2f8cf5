package dev.rbaclab.cluster.authn;

import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.AuthorizationResult;
import dev.rbaclab.cluster.api.Authorizer;
import dev.rbaclab.cluster.api.Forbidden;
import dev.rbaclab.cluster.api.PlainTextException;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.explain.Explanation;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The impersonation filter (staging/src/k8s.io/apiserver/pkg/endpoints/filters/impersonation.go): each
 * {@code Impersonate-*} header is authorized with verb {@code impersonate} as the real user, and the request then
 * continues as the impersonated user.
 */
public final class Impersonation {

    public static final String USER_HEADER = "Impersonate-User";
    public static final String GROUP_HEADER = "Impersonate-Group";
    public static final String UID_HEADER = "Impersonate-Uid";
    public static final String EXTRA_PREFIX = "Impersonate-Extra-";

    /** One thing to impersonate: an ObjectReference in the Go code. */
    record Target(String kind, String namespace, String name, String extraKey) {
        /** Go's %v of the ObjectReference: {Kind Namespace Name UID APIVersion ResourceVersion FieldPath}. */
        String goValue() {
            String apiVersion = kind.equals("UserExtra") || kind.equals("UID") ? "authentication.k8s.io/v1" : "";
            return "{" + kind + " " + namespace + " " + name + " " + "" + " " + apiVersion + " " + "" + " " + extraKey + "}";
        }
    }

    /**
     * The user the request runs as. {@code headers} are the request's headers (case-insensitive keys).
     * Throws the 403 of the first impersonation that is not allowed.
     */
    public UserInfo apply(Map<String, List<String>> headers, UserInfo requestor, Authorizer authorizer,
                          Explanation explanation, String requestUri) {
        List<Target> targets = targets(headers, requestUri);
        if (targets.isEmpty()) {
            return requestor;
        }
        boolean groupsSpecified = !values(headers, GROUP_HEADER).isEmpty();
        String username = "";
        String uid = "";
        List<String> groups = new ArrayList<>();
        Map<String, List<String>> extra = new LinkedHashMap<>();
        for (Target target : targets) {
            Attributes attributes;
            switch (target.kind()) {
                case "ServiceAccount" -> {
                    attributes = Attributes.resource(requestor, "impersonate", target.namespace(), "", "serviceaccounts", "", target.name());
                    username = UserInfo.SERVICE_ACCOUNT_PREFIX + target.namespace() + ":" + target.name();
                    if (!groupsSpecified) {
                        groups.add(UserInfo.SERVICE_ACCOUNTS);
                        groups.add(UserInfo.SERVICE_ACCOUNTS + ":" + target.namespace());
                    }
                }
                case "User" -> {
                    attributes = Attributes.resource(requestor, "impersonate", "", "", "users", "", target.name());
                    username = target.name();
                }
                case "Group" -> {
                    attributes = Attributes.resource(requestor, "impersonate", "", "", "groups", "", target.name());
                    groups.add(target.name());
                }
                case "UserExtra" -> {
                    attributes = Attributes.resource(requestor, "impersonate", "", "authentication.k8s.io", "userextras",
                            target.extraKey(), target.name());
                    extra.computeIfAbsent(target.extraKey(), k -> new ArrayList<>()).add(target.name());
                }
                default -> {
                    attributes = Attributes.resource(requestor, "impersonate", "", "authentication.k8s.io", "uids", "", target.name());
                    uid = target.name();
                }
            }
            AuthorizationResult result = authorizer.authorize(attributes, explanation);
            if (!result.allowed()) {
                explanation.add(Stage.IMPERSONATION, Mark.FAIL, "impersonation.denied", requestor.name(),
                        target.kind(), target.name());
                throw Forbidden.of(attributes, result.reason());
            }
            explanation.add(Stage.IMPERSONATION, Mark.PASS, "impersonation.allowed", requestor.name(), target.kind(),
                    target.name());
        }
        if (!username.equals(UserInfo.ANONYMOUS)) {
            if (!groups.contains(UserInfo.AUTHENTICATED) && !groups.contains(UserInfo.UNAUTHENTICATED)) {
                groups.add(UserInfo.AUTHENTICATED);
            }
        } else if (!groups.contains(UserInfo.UNAUTHENTICATED)) {
            groups.add(UserInfo.UNAUTHENTICATED);
        }
        UserInfo impersonated = new UserInfo(username, uid, groups, extra);
        explanation.add(Stage.IMPERSONATION, Mark.INFO, "impersonation.result", impersonated.name(),
                String.join(", ", impersonated.groups()));
        return impersonated;
    }

    /** buildImpersonationRequests. */
    static List<Target> targets(Map<String, List<String>> headers, String requestUri) {
        List<Target> targets = new ArrayList<>();
        String user = first(headers, USER_HEADER);
        boolean hasUser = user != null && !user.isEmpty();
        if (hasUser) {
            String[] sa = ServiceAccountNames.split(user);
            targets.add(sa != null ? new Target("ServiceAccount", sa[0], sa[1], "") : new Target("User", "", user, ""));
        }
        boolean hasGroups = false;
        for (String group : values(headers, GROUP_HEADER)) {
            hasGroups = true;
            targets.add(new Target("Group", "", group, ""));
        }
        boolean hasExtra = false;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (!header.getKey().toLowerCase(Locale.ROOT).startsWith(EXTRA_PREFIX.toLowerCase(Locale.ROOT))) {
                continue;
            }
            hasExtra = true;
            String key = unescapeExtraKey(header.getKey().substring(EXTRA_PREFIX.length()).toLowerCase(Locale.ROOT));
            for (String value : header.getValue()) {
                targets.add(new Target("UserExtra", "", value, key));
            }
        }
        String uid = first(headers, UID_HEADER);
        boolean hasUid = uid != null && !uid.isEmpty();
        if (hasUid) {
            targets.add(new Target("UID", "", uid, ""));
        }
        if ((hasGroups || hasExtra || hasUid) && !hasUser) {
            List<String> described = new ArrayList<>();
            targets.forEach(t -> described.add(t.goValue()));
            throw PlainTextException.internalError(requestUri,
                    "requested [" + String.join(" ", described) + "] without impersonating a user");
        }
        return targets;
    }

    /**
     * impersonation.go unescapeExtraKey: url.PathUnescape, which leaves '+' alone, and the key as sent when it is not
     * valid %-encoding ("Always record extra strings, even if malformed/unencoded"). Regression: a header like
     * Impersonate-Extra-%ZZ was a 500.
     */
    static String unescapeExtraKey(String encoded) {
        try {
            return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return encoded;
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = values(headers, name);
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> values(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return List.of();
    }
}
