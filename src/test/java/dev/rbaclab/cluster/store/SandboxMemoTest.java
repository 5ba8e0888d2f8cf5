package dev.rbaclab.cluster.store;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A memo keeps a value exactly as long as the sandbox's revision it was computed at. */
class SandboxMemoTest {

    private final AtomicInteger computed = new AtomicInteger();
    private final SandboxMemo<String> memo = new SandboxMemo<>(Sandbox::resourceVersion,
            sandbox -> sandbox.id() + "@" + sandbox.resourceVersion() + "#" + computed.incrementAndGet(), 2);

    @Test
    void sameRevisionIsComputedOnce() {
        assertThat(memo.get(sandbox("a", 7))).isEqualTo("a@7#1");
        assertThat(memo.get(sandbox("a", 7))).isEqualTo("a@7#1");
        assertThat(computed).hasValue(1);
    }

    @Test
    void aNewRevisionIsComputedAgain() {
        memo.get(sandbox("a", 7));
        assertThat(memo.get(sandbox("a", 8))).isEqualTo("a@8#2");
        assertThat(memo.get(sandbox("a", 8))).isEqualTo("a@8#2");
    }

    @Test
    void anOlderRevisionNeverReplacesANewerOne() {
        memo.get(sandbox("a", 8));
        // a request that read the sandbox before the last write: computed for it, but not kept
        assertThat(memo.get(sandbox("a", 7))).isEqualTo("a@7#2");
        assertThat(memo.get(sandbox("a", 8))).isEqualTo("a@8#1");
    }

    @Test
    void sandboxesAreKeptApart() {
        assertThat(memo.get(sandbox("a", 1))).isEqualTo("a@1#1");
        assertThat(memo.get(sandbox("b", 1))).isEqualTo("b@1#2");
        assertThat(memo.get(sandbox("a", 1))).isEqualTo("a@1#1");
    }

    @Test
    void theLeastRecentlyUsedSandboxIsDroppedBeyondTheBound() {
        memo.get(sandbox("a", 1));
        memo.get(sandbox("b", 1));
        memo.get(sandbox("a", 1));
        memo.get(sandbox("c", 1)); // bound 2: b was used least recently
        assertThat(memo.get(sandbox("a", 1))).isEqualTo("a@1#1");
        assertThat(memo.get(sandbox("b", 1))).isEqualTo("b@1#4");
    }

    @Test
    void forgottenSandboxesAreComputedAgain() {
        memo.get(sandbox("a", 1));
        memo.forget("a");
        assertThat(memo.get(sandbox("a", 1))).isEqualTo("a@1#2");
    }

    private static Sandbox sandbox(String id, long resourceVersion) {
        return new Sandbox(id, "owner", "token", Instant.EPOCH, resourceVersion, 0, "v1.32.4", "kid");
    }
}
