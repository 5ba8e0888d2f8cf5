package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.FieldError;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Services (pkg/registry/core/service): DNS-1035 names, ClusterIP defaults, a cluster IP from 10.96.0.0/16 and
 * ports defaulted as v1 defaulting does. No proxying happens: the pod shell resolves the names itself.
 */
final class ServiceStrategy implements Strategy {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public NameValidation.Rule nameRule() {
        return NameValidation::dns1035Label;
    }

    @Override
    public void prepareForCreate(ObjectNode service) {
        ObjectNode spec = service.with("spec");
        String type = spec.path("type").asText("");
        if (type.isEmpty()) {
            type = "ClusterIP";
            spec.put("type", type);
        }
        if (!type.equals("ExternalName") && spec.path("clusterIP").asText("").isEmpty()) {
            String ip = "10.96." + (1 + RANDOM.nextInt(254)) + "." + (1 + RANDOM.nextInt(254));
            spec.put("clusterIP", ip);
            spec.putArray("clusterIPs").add(ip);
        }
        if (!type.equals("ExternalName")) {
            if (!spec.has("ipFamilies")) {
                spec.putArray("ipFamilies").add("IPv4");
            }
            if (!spec.has("ipFamilyPolicy")) {
                spec.put("ipFamilyPolicy", "SingleStack");
            }
            if (!spec.has("internalTrafficPolicy")) {
                spec.put("internalTrafficPolicy", "Cluster");
            }
        }
        if (!spec.has("sessionAffinity")) {
            spec.put("sessionAffinity", "None");
        }
        for (JsonNode port : spec.path("ports")) {
            if (port instanceof ObjectNode p) {
                if (!p.has("protocol")) {
                    p.put("protocol", "TCP");
                }
                if (!p.has("targetPort")) {
                    p.set("targetPort", p.get("port"));
                }
                if ((type.equals("NodePort") || type.equals("LoadBalancer")) && !p.has("nodePort")) {
                    p.put("nodePort", 30000 + RANDOM.nextInt(2768));
                }
            }
        }
        service.remove("status");
        service.putObject("status").putObject("loadBalancer");
    }

    @Override
    public void prepareForUpdate(ObjectNode service, ObjectNode old) {
        service.set("status", old.path("status").deepCopy());
    }

    @Override
    public List<FieldError> validate(ObjectNode service) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode spec = service.path("spec");
        String type = spec.path("type").asText("");
        if (!List.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName").contains(type)) {
            errors.add(FieldError.notSupported("spec.type", type, List.of("ClusterIP", "ExternalName", "LoadBalancer", "NodePort")));
        }
        if (!type.equals("ExternalName") && !"None".equals(spec.path("clusterIP").asText()) && spec.path("ports").isEmpty()) {
            errors.add(FieldError.required("spec.ports", ""));
        }
        int i = 0;
        for (JsonNode port : spec.path("ports")) {
            int number = port.path("port").asInt(0);
            if (number < 1 || number > 65535) {
                errors.add(FieldError.invalid("spec.ports[" + i + "].port", number,
                        "must be between 1 and 65535, inclusive"));
            }
            i++;
        }
        return errors;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode service, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>(validate(service));
        String before = old.path("spec").path("clusterIP").asText("");
        String now = service.path("spec").path("clusterIP").asText("");
        if (!before.isEmpty() && !before.equals(now)) {
            errors.add(FieldError.invalid("spec.clusterIPs[0]", FieldError.GoValue.strings(List.of(now)),
                    "may not change once set"));
        }
        return errors;
    }
}
