package dev.rbaclab.robust;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random and hostile API requests: methods, paths, queries and headers kubectl would never send, with any body. */
final class FuzzRequests {

    private static final List<String> METHODS = List.of("GET", "GET", "GET", "POST", "POST", "PUT", "PATCH", "PATCH",
            "DELETE", "HEAD", "OPTIONS", "PROPFIND", "FOO", "get", "TRACE");
    private static final List<String> ROOTS = List.of("/api", "/api/v1", "/apis", "/apis/rbac.authorization.k8s.io/v1",
            "/apis/authorization.k8s.io/v1", "/apis/authentication.k8s.io/v1", "/apis/apps/v1", "/apis/nope/v9",
            "/version", "/healthz", "/livez", "/readyz", "/openapi/v2", "/openapi/v3", "/metrics", "/", "",
            "/api/v1/watch", "/api/v1/proxy", "/.well-known/openid-configuration", "/openid/v1/jwks");
    private static final List<String> RESOURCES = List.of("pods", "configmaps", "secrets", "serviceaccounts", "roles",
            "rolebindings", "clusterroles", "clusterrolebindings", "namespaces", "nodes", "events", "services",
            "selfsubjectaccessreviews", "selfsubjectrulesreviews", "subjectaccessreviews", "selfsubjectreviews",
            "tokenreviews", "unknownthings", "pods/p1/log", "pods/p1/exec", "pods/p1/status", "pods/p1/binding",
            "serviceaccounts/sa1/token", "serviceaccounts/default/token", "deployments", "*");
    private static final List<String> QUERIES = List.of("watch=1", "watch=true", "limit=-1", "limit=abc", "limit=2",
            "continue=garbage", "labelSelector=a+in+(", "labelSelector=!!!", "labelSelector=a%3Db", "fieldSelector=metadata.name==",
            "fieldSelector=spec.nope%3Dx", "resourceVersion=abc", "resourceVersion=0", "resourceVersionMatch=Exact",
            "timeoutSeconds=-5", "dryRun=All", "dryRun=bogus", "fieldValidation=Strict", "fieldValidation=Bogus",
            "fieldManager=" + "m".repeat(200), "propagationPolicy=Bogus", "gracePeriodSeconds=-1", "pretty=true",
            "follow=true", "previous=true", "tailLines=-3", "command=sh", "stdin=true", "tty=true", "container=nope",
            "includeUninitialized=true", "allowWatchBookmarks=true", "sendInitialEvents=true", "%ff=%fe", "a=%", "=");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json", "application/yaml",
            "application/vnd.kubernetes.protobuf", "application/merge-patch+json", "application/strategic-merge-patch+json",
            "application/json-patch+json", "application/apply-patch+yaml", "text/plain", "application/json; charset=utf-16",
            "", "garbage/;;;", "application/vnd.kubernetes.protobuf;stream=watch", "multipart/form-data; boundary=x");
    private static final List<String> ACCEPTS = List.of("application/json", "application/json;as=Table;v=v1;g=meta.k8s.io",
            "application/json;as=Table;v=v1beta1;g=meta.k8s.io", "application/vnd.kubernetes.protobuf",
            "application/vnd.kubernetes.protobuf;as=Table;v=v1;g=meta.k8s.io", "application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io",
            "*/*", "text/html", "application/yaml", ";;;", "application/json;as=Nope");

    private final Random random;
    private final FuzzBodies bodies;
    private final String sandboxId;
    private final String token;

    FuzzRequests(Random random, FuzzBodies bodies, String sandboxId, String token) {
        this.random = random;
        this.bodies = bodies;
        this.sandboxId = sandboxId;
        this.token = token;
    }

    /** One request: the bytes of its head, its body, and what it was, for the report. */
    record Request(String method, String description, byte[] head, byte[] body) {
    }

    Request next(int port) {
        String method = pick(METHODS);
        String target = target();
        FuzzBodies.Body body = sendsBody(method) ? bodies.any() : new FuzzBodies.Body("none", new byte[0]);
        List<String> headers = headers();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(latin1(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"));
        for (String header : headers) {
            head.writeBytes(latin1(header + "\r\n"));
        }
        head.writeBytes(latin1("Content-Length: " + body.bytes().length + "\r\nConnection: close\r\n\r\n"));
        return new Request(method, method + " " + target + " " + headers + " body: " + body.description(),
                head.toByteArray(), body.bytes());
    }

    private boolean sendsBody(String method) {
        return List.of("POST", "PUT", "PATCH", "DELETE").contains(method) ? random.nextInt(10) > 0 : random.nextInt(10) == 0;
    }

    /** The request target, as the bytes go on the wire (one char per byte). */
    private String target() {
        StringBuilder path = new StringBuilder();
        int prefix = random.nextInt(10);
        path.append(prefix < 6 ? "/clusters/" + sandboxId : prefix < 7 ? "/clusters/nope" : prefix < 8 ? "/clusters/" : "");
        path.append(pick(ROOTS));
        if (random.nextInt(3) > 0) {
            if (random.nextBoolean()) {
                path.append("/namespaces/").append(segment());
            }
            path.append('/').append(pick(RESOURCES));
            if (random.nextBoolean()) {
                path.append('/').append(segment());
            }
            if (random.nextInt(6) == 0) {
                path.append('/').append(segment());
            }
        }
        if (random.nextInt(8) == 0) {
            path.append(pick(List.of("/", "//", "/.", "/..", "%2F..", ";x", "%00", "%", "%zz")));
        }
        if (random.nextInt(3) == 0) {
            path.append('?');
            for (int i = random.nextInt(3) + 1; i > 0; i--) {
                path.append(pick(QUERIES)).append(i > 1 ? "&" : "");
            }
        }
        return path.isEmpty() ? "/" : path.toString();
    }

    /** A path segment: a plain name, or percent-encoded or raw bytes nobody should send. */
    private String segment() {
        int pick = random.nextInt(10);
        String name = Fuzz.name(random);
        if (pick < 5) {
            return java.net.URLEncoder.encode(name, StandardCharsets.UTF_8);
        }
        if (pick < 7) {
            return pick(List.of("%ff%fe", "%c3%28", "%ed%a0%80", "%2e%2e", "%00", "a%2Fb", "%25", "%"));
        }
        if (pick < 9) {
            // raw UTF-8 (or invalid UTF-8) bytes in the request line
            return pick(List.of(new String("한글".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1),
                    "\u00c3\u0028", "\u00ff", "a b", "\u0001"));
        }
        return "cm1";
    }

    private List<String> headers() {
        List<String> headers = new ArrayList<>();
        int auth = random.nextInt(10);
        if (auth < 7) {
            headers.add("Authorization: Bearer " + token);
        } else if (auth == 7) {
            headers.add("Authorization: Bearer " + Fuzz.text(random, 40).replaceAll("[\r\n]", ""));
        } else if (auth == 8) {
            headers.add("Authorization: Basic " + "YWRtaW46YWRtaW4=");
        }
        if (random.nextInt(3) > 0) {
            headers.add("Content-Type: " + pick(CONTENT_TYPES));
        }
        if (random.nextBoolean()) {
            headers.add("Accept: " + pick(ACCEPTS));
        }
        if (random.nextInt(6) == 0) {
            headers.add("Impersonate-User: " + pick(List.of("system:admin", "jane", "system:serviceaccount:default:sa1", "", "system:anonymous")));
        }
        if (random.nextInt(8) == 0) {
            headers.add("Impersonate-Group: " + pick(List.of("system:masters", "dev", "")));
        }
        if (random.nextInt(12) == 0) {
            headers.add("Impersonate-Extra-" + pick(List.of("scopes", "%ZZ", "a b")) + ": x");
        }
        if (random.nextInt(10) == 0) {
            headers.add(pick(List.of("X-Forwarded-For: 10.0.0.1", "Expect: 100-continue", "X-Long: " + "v".repeat(6000),
                    "Bad Header: x", "X-Raw: \u00ff\u00fe", "Content-Encoding: gzip", "Transfer-Encoding: gzip",
                    "Accept-Encoding: gzip", "Warning: 299 - \"x\"", "If-Match: *", ": empty-name")));
        }
        return headers;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
