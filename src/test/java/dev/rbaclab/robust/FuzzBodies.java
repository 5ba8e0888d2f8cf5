package dev.rbaclab.robust;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Request bodies for the API fuzzer: plausible objects, their broken and hostile variants, and plain garbage. */
final class FuzzBodies {

    static final List<String> KINDS = List.of("ConfigMap", "Secret", "ServiceAccount", "Pod", "Role", "RoleBinding",
            "ClusterRole", "ClusterRoleBinding", "Namespace", "Status", "List", "Nope", "", "SelfSubjectAccessReview",
            "TokenRequest", "DeleteOptions");
    static final List<String> API_VERSIONS = List.of("v1", "rbac.authorization.k8s.io/v1", "authorization.k8s.io/v1",
            "authentication.k8s.io/v1", "apps/v1", "v2", "", "/", "rbac.authorization.k8s.io/v1beta1");

    private final Random random;
    private final long maxBodyBytes;

    FuzzBodies(Random random, long maxBodyBytes) {
        this.random = random;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** A body and a description of it, for the report of a failure. */
    record Body(String description, byte[] bytes) {
    }

    Body any() {
        int pick = random.nextInt(100);
        if (pick < 30) {
            return new Body("object", utf8(object()));
        }
        if (pick < 40) {
            String object = object();
            return new Body("truncated object", utf8(object.substring(0, random.nextInt(object.length() + 1))));
        }
        if (pick < 48) {
            return new Body("object with invalid UTF-8", invalidUtf8(utf8(object())));
        }
        if (pick < 55) {
            return new Body("YAML object", utf8(yaml()));
        }
        if (pick < 60) {
            return new Body("billion laughs", utf8(Hostile.billionLaughs()));
        }
        if (pick < 64) {
            return new Body("deep YAML", utf8(Hostile.deepYaml(100 + random.nextInt(20_000))));
        }
        if (pick < 68) {
            return new Body("deep JSON", utf8(Hostile.deepJson(100 + random.nextInt(20_000))));
        }
        if (pick < 76) {
            return new Body("protobuf garbage", protobufGarbage());
        }
        if (pick < 82) {
            return new Body("JSON patch", utf8(jsonPatch()));
        }
        if (pick < 88) {
            return new Body("random bytes", randomBytes(random.nextInt(2000)));
        }
        if (pick < 90) {
            return new Body("over the size limit", oversized());
        }
        if (pick < 95) {
            return new Body("random JSON", utf8(json(0)));
        }
        return new Body("empty", new byte[0]);
    }

    String object() {
        StringBuilder json = new StringBuilder("{");
        if (random.nextInt(10) > 0) {
            json.append("\"apiVersion\":\"").append(pick(API_VERSIONS)).append("\",");
        }
        if (random.nextInt(10) > 0) {
            json.append("\"kind\":\"").append(pick(KINDS)).append("\",");
        }
        json.append("\"metadata\":{\"name\":").append(jsonString(Fuzz.name(random)));
        if (random.nextBoolean()) {
            json.append(",\"namespace\":").append(jsonString(Fuzz.name(random)));
        }
        if (random.nextInt(4) == 0) {
            json.append(",\"resourceVersion\":").append(random.nextBoolean() ? jsonString(Fuzz.name(random)) : "12");
        }
        if (random.nextInt(4) == 0) {
            json.append(",\"labels\":").append(json(1));
        }
        json.append("}");
        for (String field : List.of("data", "rules", "subjects", "roleRef", "spec", "stringData", "secrets")) {
            if (random.nextInt(4) == 0) {
                json.append(",\"").append(field).append("\":").append(json(1));
            }
        }
        return json.append("}").toString();
    }

    private String yaml() {
        return "apiVersion: " + pick(API_VERSIONS) + "\nkind: " + pick(KINDS) + "\nmetadata:\n  name: " + Fuzz.name(random)
                + "\n" + (random.nextBoolean() ? "data:\n  k: &a [1, 2]\n  j: *a\n" : "x:\n\t- tab\n") + (random.nextBoolean() ? "---\nkind: Second\n" : "");
    }

    private String json(int depth) {
        int pick = random.nextInt(depth > 4 ? 5 : 8);
        return switch (pick) {
            case 0 -> jsonString(Fuzz.text(random, 40));
            case 1 -> pick(List.of("1", "-1", "1e400", "0.5", "9223372036854775808", "-0", "1E-400"));
            case 2 -> random.nextBoolean() ? "true" : "false";
            case 3 -> "null";
            case 4 -> "\"\\ud800\"";
            case 5, 6 -> {
                StringBuilder object = new StringBuilder("{");
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.append(jsonString(Fuzz.text(random, 10))).append(':').append(json(depth + 1)).append(i > 1 ? "," : "");
                }
                yield object.append('}').toString();
            }
            default -> {
                StringBuilder array = new StringBuilder("[");
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.append(json(depth + 1)).append(i > 1 ? "," : "");
                }
                yield array.append(']').toString();
            }
        };
    }

    private String jsonPatch() {
        return "[{\"op\":\"" + pick(List.of("add", "remove", "replace", "move", "copy", "test", "nope")) + "\",\"path\":"
                + jsonString(pick(List.of("/metadata/labels/a", "/data/x", "", "/", "/a~2", "/metadata/name", "/-", "/data/-")))
                + (random.nextBoolean() ? ",\"value\":" + json(2) : "") + (random.nextBoolean() ? ",\"from\":\"/data\"" : "") + "}]";
    }

    /** The protobuf envelope's magic, then whatever: truncated fields, absurd lengths, random bytes. */
    private byte[] protobufGarbage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(4) > 0) {
            out.writeBytes(new byte[] {'k', '8', 's', 0});
        }
        if (random.nextBoolean()) {
            // field 1 (TypeMeta), length-delimited, with a length far beyond the body
            out.writeBytes(new byte[] {0x0a, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f});
        }
        out.writeBytes(randomBytes(random.nextInt(300)));
        return out.toByteArray();
    }

    private byte[] oversized() {
        byte[] bytes = new byte[(int) maxBodyBytes + 1 + random.nextInt(1024)];
        java.util.Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }

    private byte[] invalidUtf8(byte[] text) {
        byte[][] broken = {{(byte) 0xc3, 0x28}, {(byte) 0xff}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xe2, (byte) 0x82}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = text.length == 0 ? 0 : random.nextInt(text.length);
        out.write(text, 0, at);
        out.writeBytes(broken[random.nextInt(broken.length)]);
        out.write(text, at, text.length - at);
        return out.toByteArray();
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String jsonString(String text) {
        return dev.rbaclab.cluster.api.Json.write(com.fasterxml.jackson.databind.node.TextNode.valueOf(text));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
