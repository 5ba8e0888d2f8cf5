package dev.rbaclab.kubectl.cmd.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.manifest.ManifestObject;
import dev.rbaclab.kubectl.manifest.ManifestReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The builder's FilenameParam path: reads the files, maps each object's kind through discovery, and puts
 * namespaced objects into the object's namespace, or the command's when the object has none; with {@code -n}
 * given, a different namespace in the file is an error (enforceNamespace).
 */
public final class ManifestInfos {

    /** One object of the files in order: mapped ({@code info}) or not ({@code error}); kubectl goes on either way. */
    public record Entry(ManifestInfo info, KubectlError error) {
    }

    private ManifestInfos() {
    }

    public static List<Entry> read(CommandContext context, List<String> filenames) {
        return read(context, filenames, null);
    }

    /** With {@code validation}, every document is validated first; a document that fails is skipped. */
    public static List<Entry> read(CommandContext context, List<String> filenames, FieldValidation validation) {
        List<Entry> entries = new ArrayList<>();
        for (ManifestObject document : ManifestReader.read(context.files(), filenames)) {
            if (validation != null) {
                try {
                    validation.check(document.apiVersion(), document.kind(), document.source());
                } catch (KubectlError e) {
                    entries.add(new Entry(null, e));
                    continue;
                }
            }
            for (ManifestObject object : ManifestReader.flatten(document)) {
                try {
                    entries.add(new Entry(info(context, object), null));
                } catch (KubectlError e) {
                    entries.add(new Entry(null, e));
                }
            }
        }
        return entries;
    }

    private static ManifestInfo info(CommandContext context, ManifestObject manifest) {
        String apiVersion = manifest.apiVersion();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.contains("/") ? apiVersion.substring(apiVersion.indexOf('/') + 1) : apiVersion;
        ResourceMapping mapping = context.mapper().preferredResources().stream()
                .filter(r -> r.group().equals(group) && r.kind().equals(manifest.kind()))
                .findFirst()
                .map(r -> r.version().equals(version) ? r : withVersion(context, r, version))
                .orElseThrow(() -> new CommandError("resource mapping not found for name: \"" + manifest.name()
                        + "\" namespace: \"" + manifest.namespace() + "\" from \"" + manifest.source()
                        + "\": no matches for kind \"" + manifest.kind() + "\" in version \"" + apiVersion
                        + "\"\nensure CRDs are installed first"));
        ObjectNode object = manifest.object();
        String namespace = "";
        if (mapping.namespaced()) {
            namespace = manifest.namespace();
            if (namespace.isEmpty()) {
                namespace = context.namespace();
                metadata(object).put("namespace", namespace);
            } else if (context.explicitNamespace() && !namespace.equals(context.namespace())) {
                throw new CommandError("the namespace from the provided object \"" + namespace + "\" does not match "
                        + "the namespace \"" + context.namespace() + "\". You must pass '--namespace=" + namespace
                        + "' to perform this operation.");
            }
        }
        return new ManifestInfo(mapping, namespace, manifest.name(), manifest.source(), object);
    }

    static ObjectNode metadata(ObjectNode object) {
        return object.get("metadata") instanceof ObjectNode m ? m : object.putObject("metadata");
    }

    private static ResourceMapping withVersion(CommandContext context, ResourceMapping preferred, String version) {
        ResourceMapping found = context.mapper().lookup(preferred.resource() + "." + version + "."
                + preferred.group()).orElse(null);
        if (found != null && found.kind().toLowerCase(Locale.ROOT).equals(preferred.kind().toLowerCase(Locale.ROOT))) {
            return found;
        }
        throw new CommandError("no matches for kind \"" + preferred.kind() + "\" in version \""
                + (preferred.group().isEmpty() ? version : preferred.group() + "/" + version) + "\"");
    }
}
