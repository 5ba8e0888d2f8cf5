package dev.rbaclab.kubectl.apply;

import dev.rbaclab.cluster.api.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The patches kubectl apply computes client side (apimachinery strategicpatch, three-way). */
class StrategicMergePatchTest {

    private static String threeWay(String original, String modified, String current, String kind) {
        return StrategicMergePatch.threeWay(Json.parse(original), Json.parse(modified), Json.parse(current), kind);
    }

    @Test
    void nothingChangedIsAnEmptyPatch() {
        String sa = "{\"metadata\":{\"name\":\"a\",\"labels\":{\"x\":\"1\"}}}";
        assertThat(threeWay(sa, sa, sa, "ServiceAccount")).isEqualTo("{}");
    }

    @Test
    void aFieldRemovedFromTheManifestIsDeletedWithNull() {
        assertThat(threeWay("{\"metadata\":{\"labels\":{\"x\":\"1\",\"y\":\"2\"}}}", "{\"metadata\":{\"labels\":{\"x\":\"1\"}}}",
                "{\"metadata\":{\"labels\":{\"x\":\"1\",\"y\":\"2\",\"z\":\"3\"}}}", "ServiceAccount"))
                .isEqualTo("{\"metadata\":{\"labels\":{\"y\":null}}}");
    }

    @Test
    void fieldsSetByOthersAreKept() {
        // z was never in the manifest: apply leaves it alone
        assertThat(threeWay("{\"data\":{\"a\":\"1\"}}", "{\"data\":{\"a\":\"2\"}}", "{\"data\":{\"a\":\"1\",\"z\":\"9\"}}",
                "ConfigMap")).isEqualTo("{\"data\":{\"a\":\"2\"}}");
    }

    @Test
    void aChangeMadeOnTheServerIsRevertedToTheManifest() {
        assertThat(threeWay("{\"data\":{\"a\":\"1\"}}", "{\"data\":{\"a\":\"1\"}}", "{\"data\":{\"a\":\"changed\"}}",
                "ConfigMap")).isEqualTo("{\"data\":{\"a\":\"1\"}}");
    }

    @Test
    void rulesAreReplacedAsAWholeList() {
        // PolicyRule lists have no merge key: the new list replaces the old one
        assertThat(threeWay("{\"rules\":[{\"verbs\":[\"get\"]}]}", "{\"rules\":[{\"verbs\":[\"get\",\"list\"]}]}",
                "{\"rules\":[{\"verbs\":[\"get\"]}]}", "Role")).isEqualTo("{\"rules\":[{\"verbs\":[\"get\",\"list\"]}]}");
    }
}
