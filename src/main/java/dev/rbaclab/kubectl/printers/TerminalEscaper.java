package dev.rbaclab.kubectl.printers;

/**
 * printers.WriteEscaped (cli-runtime printers/terminal.go): table cells and describe output never carry an
 * escape sequence or a carriage return to the terminal.
 */
public final class TerminalEscaper {

    private TerminalEscaper() {
    }

    public static String escape(String text) {
        if (text.indexOf('\u001b') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\u001b", "^[").replace("\r", "\\r");
    }
}
