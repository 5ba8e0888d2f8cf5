package dev.rbaclab.kubectl.printers;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's text/tabwriter (elastic tabstops), with the {@code RememberWidths} flag of github.com/liggitt/tabwriter
 * that kubectl's table printer uses. Text is split into tab-terminated cells; a column block is a run of lines
 * that have a cell in that column, and each block is padded to its widest cell plus padding. A line without a
 * tab flushes the writer, so it separates blocks. Widths are counted in code points, like Go counts runes.
 */
public final class TabWriter {

    private record Cell(int size, int width, boolean htab) {
    }

    private final StringBuilder output;
    private final int minwidth;
    private final int padding;
    private final boolean rememberWidths;

    private final StringBuilder buf = new StringBuilder();
    private int cellSize;
    private int cellWidth;
    private final List<List<Cell>> lines = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();
    private List<Integer> maxWidths = new ArrayList<>();

    public TabWriter(StringBuilder output, int minwidth, int padding, boolean rememberWidths) {
        this.output = output;
        this.minwidth = minwidth;
        this.padding = padding;
        this.rememberWidths = rememberWidths;
        reset();
    }

    /** printers.GetNewTabWriter: minwidth 6, padding 3, remembering widths (cli-runtime printers/tabwriter.go). */
    public static TabWriter forTables(StringBuilder output) {
        return new TabWriter(output, 6, 3, true);
    }

    /** The writer of describe's tabbedString: minwidth 0, padding 2 (kubectl describe.go). */
    public static TabWriter forDescribe(StringBuilder output) {
        return new TabWriter(output, 0, 2, false);
    }

    public TabWriter write(String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\t' || ch == '\u000b' || ch == '\n' || ch == '\f') {
                append(text.substring(start, i));
                start = i + 1;
                int cells = terminateCell(ch == '\t');
                if (ch == '\n' || ch == '\f') {
                    lines.add(new ArrayList<>());
                    if (ch == '\f' || cells == 1) {
                        // a line of one cell cannot influence the columns below it
                        flushNoDefers();
                    }
                }
            }
        }
        append(text.substring(start));
        return this;
    }

    public void flush() {
        flushNoDefers();
    }

    /** SetRememberedWidths(nil): kubectl forgets the widths when the next table has other columns. */
    public void forgetWidths() {
        maxWidths = new ArrayList<>();
    }

    private void append(String text) {
        buf.append(text);
        cellSize += text.length();
        cellWidth += text.codePointCount(0, text.length());
    }

    private int terminateCell(boolean htab) {
        List<Cell> line = lines.get(lines.size() - 1);
        line.add(new Cell(cellSize, cellWidth, htab));
        cellSize = 0;
        cellWidth = 0;
        return line.size();
    }

    private void flushNoDefers() {
        if (cellSize > 0) {
            terminateCell(false);
        }
        format(0, 0, lines.size());
        reset();
    }

    private void reset() {
        buf.setLength(0);
        cellSize = 0;
        cellWidth = 0;
        lines.clear();
        widths.clear();
        lines.add(new ArrayList<>());
    }

    private int format(int pos0, int line0, int line1) {
        int pos = pos0;
        int column = widths.size();
        for (int current = line0; current < line1; current++) {
            List<Cell> line = lines.get(current);
            if (column >= line.size() - 1) {
                continue;
            }
            // a cell exists in this column: print the lines above, then measure the block
            pos = writeLines(pos, line0, current);
            line0 = current;
            int width = minwidth;
            for (; current < line1; current++) {
                line = lines.get(current);
                if (column >= line.size() - 1) {
                    break;
                }
                width = Math.max(width, line.get(column).width() + padding);
            }
            if (rememberWidths) {
                width = remembered(width);
            }
            widths.add(width);
            pos = format(pos, line0, current);
            widths.remove(widths.size() - 1);
            line0 = current;
        }
        return writeLines(pos, line0, line1);
    }

    private int remembered(int width) {
        int column = widths.size();
        if (maxWidths.size() < column) {
            maxWidths.addAll(widths.subList(maxWidths.size(), column));
        }
        if (maxWidths.size() == column) {
            maxWidths.add(width);
            return width;
        }
        int max = maxWidths.get(column);
        if (max > width) {
            return max;
        }
        maxWidths.set(column, width);
        return width;
    }

    private int writeLines(int pos0, int line0, int line1) {
        int pos = pos0;
        for (int i = line0; i < line1; i++) {
            List<Cell> line = lines.get(i);
            for (int j = 0; j < line.size(); j++) {
                Cell c = line.get(j);
                if (c.size() > 0) {
                    output.append(buf, pos, pos + c.size());
                    pos += c.size();
                }
                if (j < widths.size()) {
                    output.append(" ".repeat(Math.max(0, widths.get(j) - c.width())));
                }
            }
            if (i + 1 == lines.size()) {
                output.append(buf, pos, pos + cellSize);
                pos += cellSize;
            } else {
                output.append('\n');
            }
        }
        return pos;
    }
}
