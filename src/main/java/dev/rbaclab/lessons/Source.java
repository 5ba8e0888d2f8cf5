package dev.rbaclab.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where lesson files come from: a directory (authors, tests) or the classpath (the deployed jar). */
@FunctionalInterface
public interface Source {

    /** The file's text, or null when it does not exist. */
    String read(String relativePath);

    static Source directory(Path root) {
        return relative -> {
            Path file = root.resolve(relative);
            try {
                return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static Source classpath(String prefix) {
        return relative -> {
            try (InputStream in = Source.class.getClassLoader().getResourceAsStream(prefix + relative)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
