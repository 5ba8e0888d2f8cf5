package dev.rbaclab.cluster.server.protobuf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * One captured kubectl request: the command line, the protobuf body kubectl 1.32 sent and the JSON body kubectl 1.31
 * sent for the same command, with the User-Agent of each sender as provenance. Stored as {@code src/test/resources/protobuf/kubectl/<name>.json}; regenerate with
 * {@link KubectlBodyRecorder}.
 */
record KubectlFixture(String name, List<String> command, String path, String protobufSender, String jsonSender,
                      byte[] protobuf, JsonNode json) {

    static final String DIRECTORY = "src/test/resources/protobuf/kubectl";

    @Override
    public String toString() {
        return name;
    }

    /** Every fixture on the test classpath, sorted by name so that runs list them in a stable order. */
    static Stream<KubectlFixture> all() {
        try {
            Path directory = Path.of(KubectlFixture.class.getResource("/protobuf/kubectl").toURI());
            try (Stream<Path> files = Files.list(directory)) {
                return files.filter(file -> file.toString().endsWith(".json")).sorted()
                        .map(KubectlFixture::read).toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static KubectlFixture read(Path file) {
        try {
            JsonNode node = Json.MAPPER.readTree(file.toFile());
            List<String> command = new ArrayList<>();
            node.path("command").forEach(argument -> command.add(argument.asText()));
            return new KubectlFixture(node.path("name").asText(), List.copyOf(command), node.path("path").asText(),
                    node.path("protobufSender").asText(), node.path("jsonSender").asText(),
                    Base64.getDecoder().decode(node.path("protobuf").asText()), node.path("json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(Path directory) throws IOException {
        ObjectNode node = Json.object();
        node.put("name", name);
        ArrayNode arguments = node.putArray("command");
        command.forEach(arguments::add);
        node.put("path", path);
        node.put("protobufSender", protobufSender);
        node.put("jsonSender", jsonSender);
        node.put("protobuf", Base64.getEncoder().encodeToString(protobuf));
        node.set("json", json);
        Files.writeString(directory.resolve(name + ".json"),
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
    }
}
