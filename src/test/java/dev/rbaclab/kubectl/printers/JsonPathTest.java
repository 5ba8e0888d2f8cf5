package dev.rbaclab.kubectl.printers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** client-go's jsonpath as {@code kubectl get -o jsonpath=...} uses it. */
class JsonPathTest {

    private static final JsonNode LIST = Json.parse("""
            {"kind":"List","items":[
              {"metadata":{"name":"a","namespace":"x","labels":{"app":"web"}},"secrets":[{"name":"s1"}]},
              {"metadata":{"name":"b","namespace":"y"},"secrets":[]}]}""");

    private static String run(String template) {
        return JsonPath.parse(template, false).execute(LIST);
    }

    @Test
    void fieldsAndWildcards() {
        assertThat(run("{.items[*].metadata.name}")).isEqualTo("a b");
        assertThat(run("{.items[0].metadata.namespace}")).isEqualTo("x");
        assertThat(run("{.items[-1].metadata.name}")).isEqualTo("b");
    }

    @Test
    void textAroundActionsAndRanges() {
        assertThat(run("names: {range .items[*]}{.metadata.namespace}/{.metadata.name}{\"\\n\"}{end}"))
                .isEqualTo("names: x/a\ny/b\n");
    }

    @Test
    void filters() {
        assertThat(run("{.items[?(@.metadata.name==\"b\")].metadata.namespace}")).isEqualTo("y");
        assertThat(run("{.items[?(@.metadata.labels.app)].metadata.name}")).isEqualTo("a");
    }

    @Test
    void mapsPrintAsJson() {
        assertThat(run("{.items[0].metadata.labels}")).isEqualTo("{\"app\":\"web\"}");
    }

    @Test
    void recursiveDescent() {
        assertThat(run("{..secrets[*].name}")).isEqualTo("s1");
    }

    @Test
    void missingFieldsPrintNothing() {
        // --allow-missing-template-keys defaults to true
        assertThat(run("{.items[0].nope}")).isEmpty();
        assertThat(run("[{.items[1].metadata.labels.app}]")).isEqualTo("[]");
    }

    @Test
    void malformedTemplatesAreRefused() {
        assertThatThrownBy(() -> JsonPath.parse("{.items[*]", false)).isInstanceOf(IllegalArgumentException.class);
    }
}
