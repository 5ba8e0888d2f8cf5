package dev.rbaclab.kubectl.compare;

import dev.rbaclab.testing.TestLab;

/** One lab for all comparison tests of a test run: starting a lab costs seconds, a sandbox costs milliseconds. */
final class SharedLab {

    private static TestLab lab;

    private SharedLab() {
    }

    static synchronized TestLab get() {
        if (lab == null) {
            lab = TestLab.start();
            TestLab started = lab;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "kubectl-comparison-lab"));
        }
        return lab;
    }
}
