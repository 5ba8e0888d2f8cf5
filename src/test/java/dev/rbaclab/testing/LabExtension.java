package dev.rbaclab.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One lab per test class: {@code @RegisterExtension static LabExtension lab = new LabExtension();} then
 * {@code lab.get()}. Starting a lab takes about a second, so classes share one and each test makes its own sandbox.
 */
public final class LabExtension implements BeforeAllCallback, AfterAllCallback {

    /** The small chapter of {@code src/test/resources/lessons-fixture}: player tests independent of the curriculum. */
    public static final java.nio.file.Path FIXTURE_LESSONS = java.nio.file.Path.of("src/test/resources/lessons-fixture");

    private final java.nio.file.Path lessonsDir;
    private TestLab lab;

    public LabExtension() {
        this(null);
    }

    private LabExtension(java.nio.file.Path lessonsDir) {
        this.lessonsDir = lessonsDir;
    }

    /** A lab with the fixture chapter instead of the packaged curriculum. */
    public static LabExtension withFixtureLessons() {
        return new LabExtension(FIXTURE_LESSONS);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            lab = TestLab.startIn(java.nio.file.Files.createTempDirectory("rbaclab-test"), lessonsDir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
