package dev.rbaclab.cluster.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * YAML anchors and aliases mean what they mean to the API server (go-yaml through sigs.k8s.io/yaml): an alias is a
 * copy of the anchored value, {@code <<} merges mappings, and an alias bomb fails with go-yaml's words. Regression:
 * Jackson alone read {@code b: *x} as the string "x", and the alias limit configured for SnakeYAML never applied.
 */
class YamlAliasesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("resolved")
    void aliasesAreResolved(String name, String yaml, String json) throws JsonProcessingException {
        assertThat(Json.readYaml(yaml)).isEqualTo(Json.parse(json));
    }

    static Stream<Arguments> resolved() {
        return Stream.of(
                Arguments.of("a sequence", "a: &x [1, {b: 2}]\nb: *x\n", "{\"a\":[1,{\"b\":2}],\"b\":[1,{\"b\":2}]}"),
                Arguments.of("a scalar", "a: &s hello\nb: *s\n", "{\"a\":\"hello\",\"b\":\"hello\"}"),
                Arguments.of("tagged scalars, and a quoted ampersand that is no anchor",
                        "a: !!str &t 5\nb: &u !!str 6\nc: [&v x, *v, *t, *u]\nd: \"&no\"\n",
                        "{\"a\":\"5\",\"b\":\"6\",\"c\":[\"x\",\"x\",\"5\",\"6\"],\"d\":\"&no\"}"),
                Arguments.of("a merge key", "base: &b {x: 1, y: 2}\nobj:\n  <<: *b\n  y: 3\n",
                        "{\"base\":{\"x\":1,\"y\":2},\"obj\":{\"x\":1,\"y\":3}}"),
                Arguments.of("a merge of a sequence: the first mapping wins",
                        "a: &a {k: 1}\nb: &b {k: 2, j: 2}\nc:\n  <<: [*a, *b]\n",
                        "{\"a\":{\"k\":1},\"b\":{\"k\":2,\"j\":2},\"c\":{\"k\":1,\"j\":2}}"),
                Arguments.of("a changed copy leaves the anchor alone", "a: &x {k: [1]}\nb: *x\n",
                        "{\"a\":{\"k\":[1]},\"b\":{\"k\":[1]}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void hostileOrBrokenAliasesFailWithGoYamlsWords(String name, String yaml, String message) {
        assertThatThrownBy(() -> Json.readYaml(yaml)).isInstanceOf(JsonProcessingException.class)
                .satisfies(e -> assertThat(((JsonProcessingException) e).getOriginalMessage()).isEqualTo(message));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                // go-yaml's own cases (yaml_test.go, limit_test.go)
                Arguments.of("an unknown anchor", "a: 1\nb: *nope\n", "yaml: unknown anchor 'nope' referenced"),
                Arguments.of("an anchor holding itself", "a: &x {b: *x}\n", "yaml: anchor 'x' value contains itself"),
                Arguments.of("billion laughs, 9 levels of 9", laughs(9, 9), "yaml: document contains excessive aliasing"),
                Arguments.of("3 levels of 10", laughs(3, 10), "yaml: document contains excessive aliasing"),
                Arguments.of("a merge of a scalar", "a: 1\nb:\n  <<: 5\n",
                        "yaml: map merge requires map or sequence of maps as the value"));
    }

    @Test
    void aModestUseOfAliasesIsFine() throws JsonProcessingException {
        // decoding 2 levels of 10 is 1,358 nodes, 1,320 of them through aliases: 97 %, under go-yaml's 99 %;
        // 3 levels (13,580 nodes, 99.6 % aliases) are refused above
        assertThat(Json.readYaml(laughs(2, 10)).path("a2").get(9).get(9).get(9).asText()).isEqualTo("lol");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlFilesOfTheRepository")
    void documentsWithoutAliasesReadAsJacksonReadsThem(Path file) throws IOException {
        String text = Files.readString(file);
        assertThat(Json.readYamlDocuments(text))
                .isEqualTo(Json.YAML.readerFor(com.fasterxml.jackson.databind.JsonNode.class).readValues(text).readAll());
    }

    static Stream<Path> yamlFilesOfTheRepository() throws IOException {
        List<Path> roots = List.of(Path.of("lessons"), Path.of("src/main/resources"), Path.of("src/test/resources"));
        return roots.stream().flatMap(root -> {
            try {
                return Files.walk(root).filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .sorted().toList().stream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** {@code levels} levels of {@code fanout} aliases each to the level below. */
    static String laughs(int levels, int fanout) {
        StringBuilder yaml = new StringBuilder("a0: &a0 [" + String.join(",", Collections.nCopies(fanout, "lol")) + "]\n");
        for (int level = 1; level <= levels; level++) {
            yaml.append("a").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(",", Collections.nCopies(fanout, "*a" + (level - 1)))).append("]\n");
        }
        return yaml.toString();
    }
}
