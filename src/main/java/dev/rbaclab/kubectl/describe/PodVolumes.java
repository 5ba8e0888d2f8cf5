package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;

/** describeVolumes (describe.go) for the volume types a lab pod uses; other types print {@code <unknown>}. */
final class PodVolumes {

    private PodVolumes() {
    }

    static void describe(JsonNode volumes, PrefixWriter w) {
        if (volumes.isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "Volumes:\t<none>\n");
            return;
        }
        w.write(PrefixWriter.LEVEL_0, "Volumes:\n");
        for (JsonNode v : volumes) {
            w.write(PrefixWriter.LEVEL_1, "%s:\n", v.path("name").asText(""));
            if (v.has("hostPath")) {
                w.write(PrefixWriter.LEVEL_2, "Type:\tHostPath (bare host directory volume)\n    Path:\t%s\n    HostPathType:\t%s\n",
                        v.path("hostPath").path("path").asText(""), v.path("hostPath").path("type").asText("<none>"));
            } else if (v.has("emptyDir")) {
                String size = v.path("emptyDir").path("sizeLimit").asText("");
                w.write(PrefixWriter.LEVEL_2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n"
                                + "    Medium:\t%s\n    SizeLimit:\t%s\n", v.path("emptyDir").path("medium").asText(""),
                        size.isEmpty() ? "<unset>" : size);
            } else if (v.has("secret")) {
                w.write(PrefixWriter.LEVEL_2, "Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t%s\n    Optional:\t%s\n",
                        v.path("secret").path("secretName").asText(""), v.path("secret").path("optional").asBoolean(false));
            } else if (v.has("configMap")) {
                w.write(PrefixWriter.LEVEL_2, "Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t%s\n    Optional:\t%s\n",
                        v.path("configMap").path("name").asText(""), v.path("configMap").path("optional").asBoolean(false));
            } else if (v.has("persistentVolumeClaim")) {
                w.write(PrefixWriter.LEVEL_2, "Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n"
                                + "    ClaimName:\t%s\n    ReadOnly:\t%s\n", v.path("persistentVolumeClaim").path("claimName").asText(""),
                        v.path("persistentVolumeClaim").path("readOnly").asBoolean(false));
            } else if (v.has("projected")) {
                projected(v.path("projected"), w);
            } else if (v.has("downwardAPI")) {
                w.write(PrefixWriter.LEVEL_2, "Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n");
                for (JsonNode item : v.path("downwardAPI").path("items")) {
                    if (item.has("fieldRef")) {
                        w.write(PrefixWriter.LEVEL_3, "%s -> %s\n", item.path("fieldRef").path("fieldPath").asText(""), item.path("path").asText(""));
                    }
                    if (item.has("resourceFieldRef")) {
                        w.write(PrefixWriter.LEVEL_3, "%s -> %s\n", item.path("resourceFieldRef").path("resource").asText(""), item.path("path").asText(""));
                    }
                }
            } else {
                w.write(PrefixWriter.LEVEL_1, "<unknown>\n");
            }
        }
    }

    /**
     * printProjectedVolumeSource prints the *bool with %v: {@code <nil>} when unset (as admission leaves it). A set
     * pointer prints as an address in Go; the console shows its value instead.
     */
    private static String optionalPointer(JsonNode source) {
        return source.has("optional") ? source.path("optional").asText() : "<nil>";
    }

    private static void projected(JsonNode projected, PrefixWriter w) {
        w.write(PrefixWriter.LEVEL_2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n");
        for (JsonNode source : projected.path("sources")) {
            if (source.has("secret")) {
                w.write(PrefixWriter.LEVEL_2, "SecretName:\t%s\n    SecretOptionalName:\t%s\n",
                        source.path("secret").path("name").asText(""), optionalPointer(source.path("secret")));
            } else if (source.has("downwardAPI")) {
                w.write(PrefixWriter.LEVEL_2, "DownwardAPI:\ttrue\n");
            } else if (source.has("configMap")) {
                w.write(PrefixWriter.LEVEL_2, "ConfigMapName:\t%s\n    ConfigMapOptional:\t%s\n",
                        source.path("configMap").path("name").asText(""), optionalPointer(source.path("configMap")));
            } else if (source.has("serviceAccountToken")) {
                w.write(PrefixWriter.LEVEL_2, "TokenExpirationSeconds:\t%d\n",
                        source.path("serviceAccountToken").path("expirationSeconds").asLong());
            }
        }
    }
}
