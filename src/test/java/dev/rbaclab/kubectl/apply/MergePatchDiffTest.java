package dev.rbaclab.kubectl.apply;

import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.kubectl.printers.GoJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** jsonpatch.CreateMergePatch as label and annotate use it. */
class MergePatchDiffTest {

    private static String diff(String before, String after) {
        return GoJson.compact(MergePatchDiff.between(Json.parse(before), Json.parse(after)));
    }

    @Test
    void addedChangedAndRemovedKeys() {
        assertThat(diff("{\"metadata\":{\"labels\":{\"a\":\"1\",\"b\":\"2\"}}}", "{\"metadata\":{\"labels\":{\"a\":\"9\",\"c\":\"3\"}}}"))
                .isEqualTo("{\"metadata\":{\"labels\":{\"a\":\"9\",\"b\":null,\"c\":\"3\"}}}");
    }

    @Test
    void unchangedObjectsGiveAnEmptyPatch() {
        assertThat(diff("{\"a\":{\"b\":[1,2]}}", "{\"a\":{\"b\":[1,2]}}")).isEqualTo("{}");
    }

    @Test
    void listsAreReplacedWhole() {
        assertThat(diff("{\"a\":[1,2]}", "{\"a\":[1]}")).isEqualTo("{\"a\":[1]}");
    }

    @Test
    void aNewEmptyMapIsSent() {
        assertThat(diff("{\"metadata\":{}}", "{\"metadata\":{\"labels\":{}}}")).isEqualTo("{\"metadata\":{\"labels\":{}}}");
    }
}
