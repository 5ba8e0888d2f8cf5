package dev.rbaclab.kubectl.printers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How go-yaml v2 chooses the style of a string scalar: {@code encoder.stringv} (quote what would read back as
 * another type), then {@code yaml_emitter_analyze_scalar} and {@code yaml_emitter_select_scalar_style}
 * (fall back to single, then double quotes when plain is not allowed). Sources: sigs.k8s.io/yaml goyaml.v2
 * encode.go and resolve.go, gopkg.in/yaml.v2 emitterc.go.
 */
final class YamlScalars {

    enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL }

    // "<<" (the merge key) resolves to its own tag, yet sigs.k8s.io/yaml prints it plain: kubectl shows v: <<
    private static final Set<String> RESOLVED_WORDS = Set.of(
            "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
            "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
            "", "~", "null", "Null", "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF",
            "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF");
    private static final Pattern YAML_FLOAT = Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
    private static final Pattern BASE60_FLOAT = Pattern.compile("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?$");
    private static final Pattern GO_INT = Pattern.compile("^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[0-9]+)$");
    private static final Pattern TIMESTAMP = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:(?:[Tt](\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2}))"
            + "|(?: (\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.\\d{1,9})?))?$");

    private YamlScalars() {
    }

    /** The style a string value gets in block context (keys pass {@code simpleKey}). */
    static Style styleOf(String s, boolean simpleKey) {
        boolean canUsePlain = resolvesToString(s) && !isBase60Float(s);
        Style requested = s.contains("\n") ? Style.LITERAL : canUsePlain ? Style.PLAIN : Style.DOUBLE_QUOTED;
        return select(requested, analyze(s), simpleKey);
    }

    // yaml_emitter_select_scalar_style, block context (flow_level == 0)
    private static Style select(Style style, Analysis a, boolean simpleKey) {
        if (simpleKey && a.multiline) {
            style = Style.DOUBLE_QUOTED;
        }
        if (style == Style.PLAIN) {
            if (!a.blockPlainAllowed || (a.empty && simpleKey)) {
                style = Style.SINGLE_QUOTED;
            }
        }
        if (style == Style.SINGLE_QUOTED && !a.singleQuotedAllowed) {
            style = Style.DOUBLE_QUOTED;
        }
        if (style == Style.LITERAL && (!a.blockAllowed || simpleKey)) {
            style = Style.DOUBLE_QUOTED;
        }
        return style;
    }

    /** Whether {@code resolve("", s)} of resolve.go answers {@code !!str}. */
    static boolean resolvesToString(String s) {
        if (RESOLVED_WORDS.contains(s)) {
            return false;
        }
        char first = s.charAt(0);
        if (first == '.') {
            return !isGoFloat(s);
        }
        boolean digitOrSign = first == '+' || first == '-' || (first >= '0' && first <= '9');
        if (!digitOrSign) {
            return true;
        }
        if (isTimestamp(s)) {
            return false;
        }
        String plain = s.replace("_", "");
        if (GO_INT.matcher(plain).matches() || YAML_FLOAT.matcher(plain).matches()) {
            return false;
        }
        return !plain.matches("^-?0[bB][01]+$");
    }

    private static boolean isGoFloat(String s) {
        try {
            Double.parseDouble(s);
            return !s.endsWith("d") && !s.endsWith("D") && !s.endsWith("f") && !s.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** parseTimestamp of resolve.go: the four layouts it tries with time.Parse, ranges included. */
    private static boolean isTimestamp(String s) {
        Matcher m = TIMESTAMP.matcher(s);
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return false;
        }
        int hour = m.group(4) != null ? 4 : m.group(7) != null ? 7 : 0;
        if (hour == 0) {
            return true;
        }
        return Integer.parseInt(m.group(hour)) < 24 && Integer.parseInt(m.group(hour + 1)) < 60
                && Integer.parseInt(m.group(hour + 2)) < 60;
    }

    static boolean isBase60Float(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        if (!(c == '+' || c == '-' || (c >= '0' && c <= '9')) || s.indexOf(':') < 0) {
            return false;
        }
        return BASE60_FLOAT.matcher(s).matches();
    }

    /** What yaml_emitter_analyze_scalar finds out about a value. */
    private record Analysis(boolean empty, boolean multiline, boolean blockPlainAllowed,
                            boolean singleQuotedAllowed, boolean blockAllowed) {
    }

    private static Analysis analyze(String value) {
        if (value.isEmpty()) {
            return new Analysis(true, false, true, true, false);
        }
        boolean blockIndicators = value.startsWith("---") || value.startsWith("...");
        boolean lineBreaks = false;
        boolean specialCharacters = false;
        boolean leadingSpace = false;
        boolean leadingBreak = false;
        boolean trailingSpace = false;
        boolean trailingBreak = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;
        boolean precededByWhitespace = true;
        boolean previousSpace = false;
        boolean previousBreak = false;
        int[] cps = value.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean followedByWhitespace = i + 1 >= cps.length || isBlank(cps[i + 1]);
            if (i == 0) {
                switch (c) {
                    case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' ->
                            blockIndicators = true;
                    case '?', ':' -> blockIndicators |= followedByWhitespace;
                    case '-' -> blockIndicators |= followedByWhitespace;
                    default -> {
                    }
                }
            } else if (c == ':') {
                blockIndicators |= followedByWhitespace;
            } else if (c == '#' && precededByWhitespace) {
                blockIndicators = true;
            }
            if (!isPrintable(c)) {
                specialCharacters = true;
            }
            if (c == ' ') {
                leadingSpace |= i == 0;
                trailingSpace |= i == cps.length - 1;
                breakSpace |= previousBreak;
                previousSpace = true;
                previousBreak = false;
            } else if (isBreak(c)) {
                lineBreaks = true;
                leadingBreak |= i == 0;
                trailingBreak |= i == cps.length - 1;
                spaceBreak |= previousSpace;
                previousSpace = false;
                previousBreak = true;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
            precededByWhitespace = isBlank(c) || isBreak(c);
        }
        boolean blockPlain = true;
        boolean singleQuoted = true;
        boolean block = true;
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
            blockPlain = false;
        }
        if (trailingSpace) {
            block = false;
        }
        if (breakSpace) {
            blockPlain = false;
            singleQuoted = false;
        }
        if (spaceBreak || specialCharacters) {
            blockPlain = false;
            singleQuoted = false;
            block = false;
        }
        if (lineBreaks || blockIndicators) {
            blockPlain = false;
        }
        return new Analysis(false, lineBreaks, blockPlain, singleQuoted, block);
    }

    /** is_printable of yamlprivateh.go, by code point (characters beyond the BMP are not printable there). */
    static boolean isPrintable(int c) {
        return c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }

    static boolean isBreak(int c) {
        return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static boolean isBlank(int c) {
        return c == ' ' || c == '\t';
    }
}
