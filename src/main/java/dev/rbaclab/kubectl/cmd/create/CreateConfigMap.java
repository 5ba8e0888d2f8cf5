package dev.rbaclab.kubectl.cmd.create;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/** {@code kubectl create configmap NAME} (create_configmap.go): UTF-8 values in data, others in binaryData. */
public final class CreateConfigMap implements Command {

    @Override
    public void run(CommandContext context) {
        String name = GeneratorRun.name(context);
        ObjectNode configMap = GeneratorRun.typed("v1", "ConfigMap", name, context, true);
        Map<String, byte[]> data = DataSources.read(context.files(), context.flags().list("from-literal"),
                context.flags().list("from-file"), context.flags().list("from-env-file"), "ConfigMap", name);
        Map<String, String> text = new TreeMap<>();
        Map<String, String> binary = new TreeMap<>();
        data.forEach((k, v) -> {
            String utf8 = utf8(v);
            if (utf8 != null) {
                text.put(k, utf8);
            } else {
                binary.put(k, Base64.getEncoder().encodeToString(v));
            }
        });
        if (!text.isEmpty()) {
            ObjectNode node = configMap.putObject("data");
            text.forEach(node::put);
        }
        if (!binary.isEmpty()) {
            ObjectNode node = configMap.putObject("binaryData");
            binary.forEach(node::put);
        }
        GeneratorRun.create(context, configMap, GeneratorRun.corePath(context, "configmaps"), "configmaps",
                "failed to create configmap: ", true);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
