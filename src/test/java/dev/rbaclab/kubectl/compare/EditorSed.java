package dev.rbaclab.kubectl.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The scripted "editor" of the edit comparisons: {@code sed -i -e EXPR FILE}, for the real kubectl and the console. */
final class EditorSed {

    private EditorSed() {
    }

    /** KUBE_EDITOR for the real kubectl (run through {@code sh -c} because it contains spaces). */
    static String command(String expression) {
        return "sed -i -e '" + expression + "'";
    }

    /** The console's buffer after the same edit. */
    static String apply(String expression, String buffer) {
        try {
            Path file = Files.createTempFile("console-edit", ".yaml");
            Files.writeString(file, buffer);
            Process sed = new ProcessBuilder("sed", "-i", "-e", expression, file.toString()).inheritIO().start();
            if (!sed.waitFor(30, TimeUnit.SECONDS) || sed.exitValue() != 0) {
                throw new IllegalStateException("sed failed: " + expression);
            }
            String edited = Files.readString(file);
            Files.delete(file);
            return edited;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
