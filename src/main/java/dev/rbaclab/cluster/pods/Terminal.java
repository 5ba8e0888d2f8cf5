package dev.rbaclab.cluster.pods;

import java.util.function.Consumer;

/**
 * The line discipline of a tty: echo what is typed, erase on backspace, run the line on Enter, ^C discards the
 * line, ^D on an empty line exits. Arrow keys and other escape sequences are swallowed.
 */
final class Terminal {

    private final Consumer<String> onLine;
    private final Consumer<String> echo;
    private final StringBuilder line = new StringBuilder();
    private int escape;

    Terminal(Consumer<String> onLine, Consumer<String> echo) {
        this.onLine = onLine;
        this.echo = echo;
    }

    void type(String text) {
        for (char c : text.toCharArray()) {
            if (escape > 0) {
                escape = c == '[' || Character.isDigit(c) || c == ';' ? escape : 0;
                continue;
            }
            switch (c) {
                case '\r', '\n' -> {
                    echo.accept("\r\n");
                    String typed = line.toString();
                    line.setLength(0);
                    onLine.accept(typed);
                }
                case 0x7f, '\b' -> {
                    if (line.length() > 0) {
                        line.setLength(line.length() - 1);
                        echo.accept("\b \b");
                    }
                }
                case 0x03 -> {
                    line.setLength(0);
                    echo.accept("^C\r\n");
                    onLine.accept("");
                }
                case 0x04 -> {
                    if (line.length() == 0) {
                        echo.accept("\r\n");
                        onLine.accept("exit");
                    }
                }
                case 0x1b -> escape = 1;
                default -> {
                    if (c >= ' ' || c == '\t') {
                        line.append(c);
                        echo.accept(String.valueOf(c));
                    }
                }
            }
        }
    }
}
