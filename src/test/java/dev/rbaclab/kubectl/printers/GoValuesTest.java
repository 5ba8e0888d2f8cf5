package dev.rbaclab.kubectl.printers;

import dev.rbaclab.cluster.api.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Go's %v of decoded JSON and %q of strings, as kubectl's messages print them. */
class GoValuesTest {

    @Test
    void printsValuesLikePercentV() {
        assertThat(GoValues.sprint(Json.parse("{\"b\":[1,\"x\"],\"a\":null}"))).isEqualTo("map[a:<nil> b:[1 x]]");
        assertThat(GoValues.list(List.of("get", "list"))).isEqualTo("[get list]");
        assertThat(GoValues.list(List.of())).isEqualTo("[]");
    }

    @Test
    void quotesLikePercentQ() {
        assertThat(GoValues.quote("alice")).isEqualTo("\"alice\"");
        assertThat(GoValues.quote("a\"b\\c\nd\te")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\"");
        assertThat(GoValues.quote("\u0007")).isEqualTo("\"\\x07\"");
        assertThat(GoValues.quote("é")).isEqualTo("\"é\"");
    }
}
