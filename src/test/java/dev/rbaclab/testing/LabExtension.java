package dev.rbaclab.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One lab per test class: {@code @RegisterExtension static LabExtension lab = new LabExtension();} then
 * {@code lab.get()}. Starting a lab takes about a second, so classes share one and each test makes its own sandbox.
 */
public final class LabExtension implements BeforeAllCallback, AfterAllCallback {

    private TestLab lab;

    @Override
    public void beforeAll(ExtensionContext context) {
        lab = TestLab.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (lab != null) {
            lab.close();
        }
    }

    public TestLab get() {
        return lab;
    }

    /** A fresh sandbox and an admin client for it. */
    public ApiClient newAdminClient() {
        return lab.api(lab.newSandbox());
    }
}
