package dev.rbaclab.kubectl.describe;

import dev.rbaclab.kubectl.printers.TabWriter;
import dev.rbaclab.kubectl.printers.TerminalEscaper;

/**
 * describe.go's PrefixWriter over the tab writer of tabbedString: each level indents two spaces; text is
 * escaped for the terminal. {@link #text()} flushes and returns the description.
 */
public final class PrefixWriter {

    public static final int LEVEL_0 = 0;
    public static final int LEVEL_1 = 1;
    public static final int LEVEL_2 = 2;
    public static final int LEVEL_3 = 3;

    private final StringBuilder out = new StringBuilder();
    private final TabWriter tabs = TabWriter.forDescribe(out);

    public PrefixWriter write(int level, String format, Object... args) {
        String text = args.length == 0 ? format : String.format(format, args);
        tabs.write(TerminalEscaper.escape("  ".repeat(level) + text));
        return this;
    }

    /** WriteLine: the values separated by spaces and a newline (fmt.Sprintln). */
    public PrefixWriter writeLine(String text) {
        tabs.write(TerminalEscaper.escape(text + "\n"));
        return this;
    }

    public void flush() {
        tabs.flush();
    }

    public String text() {
        tabs.flush();
        return out.toString();
    }
}
