package dev.rbaclab.kubectl.printers;

import dev.rbaclab.cluster.api.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The structure of go-yaml v2 output as sigs.k8s.io/yaml (kubectl -o yaml) writes it. */
class GoYamlTest {

    private static String yaml(String json) {
        return GoYaml.marshal(Json.parse(json));
    }

    @Test
    void keysAreSortedAndNestedMapsIndentByTwo() {
        assertThat(yaml("{\"b\":{\"y\":1,\"x\":2},\"a\":\"s\"}")).isEqualTo("a: s\nb:\n  x: 2\n  \"y\": 1\n");
    }

    @Test
    void listItemsSitAtTheIndentationOfTheirKey() {
        assertThat(yaml("{\"spec\":{\"items\":[\"a\",\"b\"]}}")).isEqualTo("spec:\n  items:\n  - a\n  - b\n");
    }

    @Test
    void mapsInListsStartOnTheDashLine() {
        assertThat(yaml("{\"rules\":[{\"verbs\":[\"get\"],\"apiGroups\":[\"\"]}]}"))
                .isEqualTo("rules:\n- apiGroups:\n  - \"\"\n  verbs:\n  - get\n");
    }

    @Test
    void listsInListsNest() {
        assertThat(yaml("{\"a\":[[1,2],[3]]}")).isEqualTo("a:\n- - 1\n  - 2\n- - 3\n");
    }

    @Test
    void emptyContainersAndNullAreFlow() {
        assertThat(yaml("{\"a\":[],\"b\":{},\"c\":null}")).isEqualTo("a: []\nb: {}\nc: null\n");
    }

    @Test
    void numbersAndBooleansArePlain() {
        assertThat(yaml("{\"i\":42,\"f\":1.5,\"neg\":-7,\"t\":true,\"n\":false,\"big\":9007199254740993}"))
                .isEqualTo("big: 9007199254740993\nf: 1.5\ni: 42\n\"n\": false\nneg: -7\nt: true\n");
    }

    @Test
    void topLevelListsAndScalars() {
        assertThat(yaml("[\"a\",{\"b\":1}]")).isEqualTo("- a\n- b: 1\n");
        assertThat(yaml("\"text\"")).isEqualTo("text\n");
    }

    @Test
    void multiLineStringsAreLiteralBlocksWithChomping() {
        assertThat(yaml("{\"a\":\"x\\ny\\n\",\"b\":\"x\\ny\"}")).isEqualTo("a: |\n  x\n  y\nb: |-\n  x\n  y\n");
    }

    @Test
    void stringsThatReadAsOtherTypesAreQuoted() {
        assertThat(yaml("{\"a\":\"true\",\"b\":\"123\",\"c\":\"\",\"d\":\"2024-01-01T00:00:00Z\",\"e\":\"null\"}"))
                .isEqualTo("a: \"true\"\nb: \"123\"\nc: \"\"\nd: \"2024-01-01T00:00:00Z\"\ne: \"null\"\n");
    }

    @Test
    void specialCharactersPickSingleOrDoubleQuotes() {
        assertThat(yaml("{\"a\":\"x: y\",\"b\":\"- z\",\"c\":\"tab\\there\",\"d\":\"#c\"}"))
                .isEqualTo("a: 'x: y'\nb: '- z'\nc: \"tab\\there\"\nd: '#c'\n");
    }
}
