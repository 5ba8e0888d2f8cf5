package dev.rbaclab.kubectl.printers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** apimachinery's HumanDuration: the AGE column. */
class HumanDurationTest {

    @ParameterizedTest(name = "{0}s is {1}")
    @CsvSource({
            "-5, <invalid>", "-1, 0s", "0, 0s", "59, 59s", "119, 119s", "120, 2m", "330, 5m30s", "599, 9m59s", "600, 10m",
            "10799, 179m", "10800, 3h", "11100, 3h5m", "28800, 8h", "172799, 47h", "172800, 2d", "183600, 2d3h",
            "691200, 8d", "63071999, 729d", "63072000, 2y", "63158400, 2y1d", "252288000, 8y"})
    void formatsLikeKubectl(long seconds, String expected) {
        assertThat(HumanDuration.of(Duration.ofSeconds(seconds))).isEqualTo(expected);
    }
}
