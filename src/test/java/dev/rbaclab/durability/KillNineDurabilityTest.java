package dev.rbaclab.durability;

import dev.rbaclab.testing.KillNineTrial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged write survives {@code kill -9}: the lab runs as a child process, four writers create ConfigMaps,
 * the process is killed with SIGKILL mid-stream, restarted on the same H2 file, and every write that got a 201 is
 * there with the same uid and resourceVersion — and new resourceVersions keep increasing.
 */
class KillNineDurabilityTest {

    @Test
    void everyAcknowledgedWriteSurvivesSigkillAndVersionsKeepIncreasing(@TempDir Path directory) throws Exception {
        KillNineTrial.Outcome outcome = KillNineTrial.run(directory, 4, 2500);
        assertThat(outcome.acknowledged()).as("writes acknowledged before the kill").isGreaterThan(20);
        assertThat(outcome.lost()).as("acknowledged writes lost").isZero();
        assertThat(outcome.changed()).as("acknowledged writes changed").isZero();
        assertThat(outcome.firstVersionAfter()).isGreaterThan(outcome.maxVersionBefore());
    }
}
