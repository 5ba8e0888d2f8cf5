package dev.rbaclab.durability;

import dev.rbaclab.testing.KillNineTrial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged write survives {@code kill -9}: the lab runs as a child process, four writers create and update
 * ConfigMaps through a sandbox's HTTPS API, the process is killed with SIGKILL mid-stream (after 40 acknowledged
 * writes, while the writers go on), restarted on the same H2 file, and every write that got its 201 or 200 is there
 * with the same uid and at least its resourceVersion — and new resourceVersions keep increasing. The benchmark
 * {@code durability} runs twenty such trials at random moments.
 */
class KillNineDurabilityTest {

    @Test
    void everyAcknowledgedWriteSurvivesSigkillAndVersionsKeepIncreasing(@TempDir Path directory) throws Exception {
        KillNineTrial.Outcome outcome = KillNineTrial.run(directory, 4, new KillNineTrial.KillMoment(40, 0));
        assertThat(outcome.acknowledged()).as("objects with an acknowledged write before the kill").isGreaterThanOrEqualTo(10);
        assertThat(outcome.refused()).as("writes the live server refused").isZero();
        assertThat(outcome.lost()).as("acknowledged writes lost").isZero();
        assertThat(outcome.stale()).as("acknowledged writes found with another uid or an older resourceVersion").isZero();
        assertThat(outcome.firstVersionAfter()).as("first resourceVersion after the restart")
                .isGreaterThan(outcome.maxVersionBefore());
    }
}
