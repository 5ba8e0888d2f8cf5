package dev.rbaclab.explain;

import dev.rbaclab.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an explanation into sentences: each line's message key with its arguments, from messages_en or
 * messages_ko. An argument written {@code §<key>} is itself a message (e.g. the name of an authenticator).
 */
public final class ExplanationRenderer {

    public static final String MESSAGE_ARGUMENT = "§";

    private ExplanationRenderer() {
    }

    public static List<RenderedLine> render(Explanation explanation, Locale locale) {
        List<RenderedLine> lines = new ArrayList<>();
        for (Line line : explanation.lines()) {
            lines.add(render(line, locale));
        }
        return lines;
    }

    public static RenderedLine render(Line line, Locale locale) {
        List<RenderedLine> children = new ArrayList<>();
        for (Line child : line.children()) {
            children.add(render(child, locale));
        }
        return new RenderedLine(line.stage(), line.mark(), line.key(), text(line, locale), children);
    }

    static String text(Line line, Locale locale) {
        Object[] args = new Object[line.args().size()];
        for (int i = 0; i < args.length; i++) {
            String arg = line.args().get(i);
            args[i] = arg.startsWith(MESSAGE_ARGUMENT) ? Messages.get(locale, "explain." + arg.substring(1)) : arg;
        }
        return Messages.get(locale, "explain." + line.key(), args);
    }

    /** The explanation as plain text, one indented line per sentence (logs, tests, the console's --why). */
    public static String toText(Explanation explanation, Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (RenderedLine line : render(explanation, locale)) {
            append(sb, line, 0);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, RenderedLine line, int depth) {
        sb.append("  ".repeat(depth)).append(symbol(line.mark())).append(' ').append(line.text()).append('\n');
        for (RenderedLine child : line.children()) {
            append(sb, child, depth + 1);
        }
    }

    static String symbol(Mark mark) {
        return switch (mark) {
            case PASS -> "✔";
            case FAIL -> "✘";
            case NEAR_MISS -> "≈";
            case FIX -> "→";
            default -> "·";
        };
    }
}
