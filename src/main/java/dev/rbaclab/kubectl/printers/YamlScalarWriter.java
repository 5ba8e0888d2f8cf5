package dev.rbaclab.kubectl.printers;

/**
 * The four scalar styles go-yaml v2 writes (emitterc.go yaml_emitter_write_plain_scalar, _single_quoted_scalar,
 * _double_quoted_scalar, _literal_scalar), folding long lines after column 80 where libyaml folds them.
 */
final class YamlScalarWriter {

    private YamlScalarWriter() {
    }

    static void writePlain(YamlEmitter e, String value, boolean allowBreaks) {
        if (!e.whitespace) {
            e.put(' ');
        }
        int[] cps = value.codePoints().toArray();
        boolean spaces = false;
        boolean breaks = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == ' ') {
                if (allowBreaks && !spaces && e.column > YamlEmitter.BEST_WIDTH && !(i + 1 < cps.length && cps[i + 1] == ' ')) {
                    e.writeIndent();
                } else {
                    e.write(c);
                }
                spaces = true;
            } else if (YamlScalars.isBreak(c)) {
                if (!breaks && c == '\n') {
                    e.putBreak();
                }
                e.writeBreak(c);
                e.indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    e.writeIndent();
                }
                e.write(c);
                e.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        e.whitespace = false;
        e.indention = false;
    }

    static void writeSingleQuoted(YamlEmitter e, String value, boolean allowBreaks) {
        e.writeIndicator("'", true, false, false);
        int[] cps = value.codePoints().toArray();
        boolean spaces = false;
        boolean breaks = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == ' ') {
                if (allowBreaks && !spaces && e.column > YamlEmitter.BEST_WIDTH && i > 0 && i < cps.length - 1
                        && cps[i + 1] != ' ') {
                    e.writeIndent();
                } else {
                    e.write(c);
                }
                spaces = true;
            } else if (YamlScalars.isBreak(c)) {
                if (!breaks && c == '\n') {
                    e.putBreak();
                }
                e.writeBreak(c);
                e.indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    e.writeIndent();
                }
                if (c == '\'') {
                    e.put('\'');
                }
                e.write(c);
                e.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        e.writeIndicator("'", false, false, false);
        e.whitespace = false;
        e.indention = false;
    }

    static void writeDoubleQuoted(YamlEmitter e, String value, boolean allowBreaks) {
        boolean spaces = false;
        e.writeIndicator("\"", true, false, false);
        int[] cps = value.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (!YamlScalars.isPrintable(c) || c == 0xFEFF || YamlScalars.isBreak(c) || c == '"' || c == '\\') {
                e.put('\\');
                appendEscape(e, c);
                spaces = false;
            } else if (c == ' ') {
                if (allowBreaks && !spaces && e.column > YamlEmitter.BEST_WIDTH && i > 0 && i < cps.length - 1) {
                    e.writeIndent();
                    if (cps[i + 1] == ' ') {
                        e.put('\\');
                    }
                } else {
                    e.write(c);
                }
                spaces = true;
            } else {
                e.write(c);
                spaces = false;
            }
        }
        e.writeIndicator("\"", false, false, false);
        e.whitespace = false;
        e.indention = false;
    }

    private static void appendEscape(YamlEmitter e, int c) {
        switch (c) {
            case 0x00 -> e.put('0');
            case 0x07 -> e.put('a');
            case 0x08 -> e.put('b');
            case 0x09 -> e.put('t');
            case 0x0A -> e.put('n');
            case 0x0B -> e.put('v');
            case 0x0C -> e.put('f');
            case 0x0D -> e.put('r');
            case 0x1B -> e.put('e');
            case 0x22 -> e.put('"');
            case 0x5C -> e.put('\\');
            case 0x85 -> e.put('N');
            case 0xA0 -> e.put('_');
            case 0x2028 -> e.put('L');
            case 0x2029 -> e.put('P');
            default -> {
                int digits;
                if (c <= 0xFF) {
                    e.put('x');
                    digits = 2;
                } else if (c <= 0xFFFF) {
                    e.put('u');
                    digits = 4;
                } else {
                    e.put('U');
                    digits = 8;
                }
                for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
                    e.put(Character.toUpperCase(Character.forDigit((c >> shift) & 0x0F, 16)));
                }
            }
        }
    }

    static void writeLiteral(YamlEmitter e, String value) {
        e.writeIndicator("|", true, false, false);
        writeBlockScalarHints(e, value);
        e.putBreak();
        e.indention = true;
        e.whitespace = true;
        boolean breaks = true;
        for (int c : value.codePoints().toArray()) {
            if (YamlScalars.isBreak(c)) {
                e.writeBreak(c);
                e.indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    e.writeIndent();
                }
                e.write(c);
                e.indention = false;
                breaks = false;
            }
        }
    }

    // yaml_emitter_write_block_scalar_hints
    private static void writeBlockScalarHints(YamlEmitter e, String value) {
        int[] cps = value.codePoints().toArray();
        if (cps.length > 0 && (cps[0] == ' ' || YamlScalars.isBreak(cps[0]))) {
            e.writeIndicator(Integer.toString(YamlEmitter.BEST_INDENT), false, false, false);
        }
        String chomp = "";
        int last = cps.length - 1;
        if (cps.length == 0 || !YamlScalars.isBreak(cps[last])) {
            chomp = "-";
        } else if (last == 0 || YamlScalars.isBreak(cps[last - 1])) {
            chomp = "+";
        }
        if (!chomp.isEmpty()) {
            e.writeIndicator(chomp, false, false, false);
        }
    }
}
