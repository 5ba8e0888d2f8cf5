package dev.rbaclab.kubectl.cmd.create;

import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.manifest.VirtualFiles;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code --from-literal}, {@code --from-file} and {@code --from-env-file} of secrets and config maps
 * (kubectl pkg/util/hash and cmd/create create_secret.go / create_configmap.go): keys checked as config keys,
 * duplicates refused, files read from the console's files.
 */
final class DataSources {

    private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

    private DataSources() {
    }

    /** The key/value pairs in the order given; {@code kind} and {@code name} only for the duplicate message. */
    static Map<String, byte[]> read(VirtualFiles files, List<String> literals, List<String> fromFiles,
                                    List<String> envFiles, String kind, String name) {
        Map<String, byte[]> data = new LinkedHashMap<>();
        for (String literal : literals) {
            int eq = literal.indexOf('=');
            if (eq <= 0) {
                throw new CommandError("invalid literal source " + literal + ", expected key=value");
            }
            put(data, literal.substring(0, eq), literal.substring(eq + 1).getBytes(StandardCharsets.UTF_8), kind, name);
        }
        for (String source : fromFiles) {
            String key;
            String path;
            int eq = source.indexOf('=');
            if (eq >= 0) {
                key = source.substring(0, eq);
                path = source.substring(eq + 1);
                if (key.isEmpty()) {
                    throw new CommandError("key name for file path " + path + " missing");
                }
            } else {
                path = source;
                key = path.substring(path.lastIndexOf('/') + 1);
            }
            if (files.isDirectory(path)) {
                for (String file : files.under(path)) {
                    String fileKey = file.substring(file.lastIndexOf('/') + 1);
                    put(data, fileKey, files.read(file).getBytes(StandardCharsets.UTF_8), kind, name);
                }
                continue;
            }
            if (!files.exists(path)) {
                throw new CommandError("error reading " + path + ": no such file or directory");
            }
            put(data, key, files.read(path).getBytes(StandardCharsets.UTF_8), kind, name);
        }
        for (String envFile : envFiles) {
            if (!files.exists(envFile)) {
                throw new CommandError("error reading " + envFile + ": no such file or directory");
            }
            for (String line : files.read(envFile).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int eq = trimmed.indexOf('=');
                String key = eq < 0 ? trimmed : trimmed.substring(0, eq);
                String value = eq < 0 ? "" : trimmed.substring(eq + 1);
                put(data, key, value.getBytes(StandardCharsets.UTF_8), kind, name);
            }
        }
        return data;
    }

    private static void put(Map<String, byte[]> data, String key, byte[] value, String kind, String name) {
        if (!CONFIG_KEY.matcher(key).matches()) {
            throw new CommandError("\"" + key + "\" is not a valid key name for a " + kind
                    + ": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  "
                    + "or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')");
        }
        if (data.containsKey(key)) {
            // create_secret.go and create_configmap.go word this differently
            throw new CommandError(kind.equals("Secret") ? "cannot add key " + key + ", another key by that name already exists"
                    : "cannot add key " + key + ", another key by that name already exists in Data for ConfigMap \"" + name + "\"");
        }
        data.put(key, value);
    }

    static List<String> keys(Map<String, byte[]> data) {
        return new ArrayList<>(data.keySet());
    }
}
