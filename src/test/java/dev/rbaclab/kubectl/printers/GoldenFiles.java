package dev.rbaclab.kubectl.printers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Outputs of the real kubectl kept under src/test/resources/kubectl. */
final class GoldenFiles {

    private GoldenFiles() {
    }

    static String read(String name) {
        try (InputStream in = GoldenFiles.class.getResourceAsStream("/kubectl/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource kubectl/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
