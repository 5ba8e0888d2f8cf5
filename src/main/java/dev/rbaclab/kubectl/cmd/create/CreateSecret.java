package dev.rbaclab.kubectl.cmd.create;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.printers.GoJson;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code kubectl create secret generic|docker-registry|tls NAME} (create_secret.go, create_secret_docker.go,
 * create_secret_tls.go). Data is base64 in the JSON body; a docker-registry secret carries one
 * {@code .dockerconfigjson} key built as the DockerConfigJSON struct marshals.
 */
public final class CreateSecret implements Command {

    /** Which subcommand. */
    public enum Type { GENERIC, DOCKER_REGISTRY, TLS }

    private final Type type;

    public CreateSecret(Type type) {
        this.type = type;
    }

    @Override
    public void run(CommandContext context) {
        String name = GeneratorRun.name(context);
        ObjectNode secret = GeneratorRun.typed("v1", "Secret", name, context, true);
        Map<String, byte[]> data = switch (type) {
            case GENERIC -> DataSources.read(context.files(), context.flags().list("from-literal"),
                    context.flags().list("from-file"), context.flags().list("from-env-file"), "Secret", name);
            case DOCKER_REGISTRY -> dockerConfig(context);
            case TLS -> tls(context);
        };
        if (!data.isEmpty()) {
            ObjectNode encoded = secret.putObject("data");
            // a Go map: marshalled with sorted keys
            new TreeMap<>(data).forEach((k, v) -> encoded.put(k, Base64.getEncoder().encodeToString(v)));
        }
        String secretType = switch (type) {
            case GENERIC -> context.flags().string("type");
            case DOCKER_REGISTRY -> "kubernetes.io/dockerconfigjson";
            case TLS -> "kubernetes.io/tls";
        };
        if (!secretType.isEmpty()) {
            secret.put("type", secretType);
        }
        GeneratorRun.create(context, secret, GeneratorRun.corePath(context, "secrets"), "secrets",
                "failed to create secret ", true);
    }

    private static Map<String, byte[]> dockerConfig(CommandContext context) {
        List<String> fromFiles = context.flags().list("from-file");
        if (!fromFiles.isEmpty()) {
            return DataSources.read(context.files(), List.of(), fromFiles, List.of(), "Secret", "");
        }
        String user = context.flags().string("docker-username");
        String password = context.flags().string("docker-password");
        String server = context.flags().string("docker-server");
        if (user.isEmpty() || password.isEmpty() || server.isEmpty()) {
            throw new CommandError("either --from-file or the combination of --docker-username, --docker-password and --docker-server is required");
        }
        StringBuilder entry = new StringBuilder("{");
        entry.append("\"username\":");
        GoJson.string(entry, user);
        entry.append(",\"password\":");
        GoJson.string(entry, password);
        String email = context.flags().string("docker-email");
        if (!email.isEmpty()) {
            entry.append(",\"email\":");
            GoJson.string(entry, email);
        }
        entry.append(",\"auth\":");
        GoJson.string(entry, Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        entry.append('}');
        StringBuilder config = new StringBuilder("{\"auths\":{");
        GoJson.string(config, server);
        config.append(':').append(entry).append("}}");
        return Map.of(".dockerconfigjson", config.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, byte[]> tls(CommandContext context) {
        String cert = context.flags().string("cert");
        String key = context.flags().string("key");
        if (cert.isEmpty() || key.isEmpty()) {
            throw new CommandError("key and cert must be specified");
        }
        Map<String, byte[]> data = new TreeMap<>();
        data.put("tls.crt", context.files().read(cert).getBytes(StandardCharsets.UTF_8));
        data.put("tls.key", context.files().read(key).getBytes(StandardCharsets.UTF_8));
        return data;
    }
}
