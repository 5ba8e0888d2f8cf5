package dev.rbaclab.kubectl.printers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Go's text/tabwriter rules as kubectl's tables and describe use them. */
class TabWriterTest {

    private static String table(String text) {
        StringBuilder out = new StringBuilder();
        TabWriter w = TabWriter.forTables(out);
        w.write(text);
        w.flush();
        return out.toString();
    }

    private static String describe(String text) {
        StringBuilder out = new StringBuilder();
        TabWriter w = TabWriter.forDescribe(out);
        w.write(text);
        w.flush();
        return out.toString();
    }

    @Test
    void columnsAreAsWideAsTheirWidestCellPlusThreeSpaces() {
        assertThat(table("NAME\tSECRETS\tAGE\ndefault\t0\t5m\nbuilder\t12\t1h\n"))
                .isEqualTo("NAME      SECRETS   AGE\ndefault   0         5m\nbuilder   12        1h\n");
    }

    @Test
    void narrowColumnsGetTheMinimumWidthOfSix() {
        assertThat(table("A\tB\nx\ty\n")).isEqualTo("A     B\nx     y\n");
    }

    @Test
    void theLastCellOfALineIsNotPadded() {
        assertThat(table("NAME\tNAMESPACE\na\t\n")).isEqualTo("NAME   NAMESPACE\na      \n");
    }

    @Test
    void anEmptyTerminatedCellStillTakesItsColumn() {
        // get-contexts: CURRENT is " " or "*", the NAMESPACE column is often empty
        assertThat(table("CURRENT\tNAME\tNAMESPACE\n*\tadmin\t\n \talice\tfoo\n"))
                .isEqualTo("CURRENT   NAME    NAMESPACE\n*         admin   \n          alice   foo\n");
    }

    @Test
    void aLineWithoutTabsEndsTheColumnBlock() {
        assertThat(describe("Name:\tfoo\nLabels:\t<none>\nEvents:  <none>\nx:\tlonger value\n"))
                .isEqualTo("Name:    foo\nLabels:  <none>\nEvents:  <none>\nx:  longer value\n");
    }

    @Test
    void widthsCountCharactersNotBytes() {
        assertThat(table("KEY\tVALUE\nnaïve\t1\n日本\t2\n")).isEqualTo("KEY     VALUE\nnaïve   1\n日本      2\n");
    }

    @Test
    void rememberedWidthsKeepLaterTablesAligned() {
        StringBuilder out = new StringBuilder();
        TabWriter w = TabWriter.forTables(out);
        w.write("NAME\tAGE\nlong-name-here\t1s\n");
        w.flush();
        w.write("NAME\tAGE\nx\t2s\n");
        w.flush();
        assertThat(out.toString()).isEqualTo("NAME             AGE\nlong-name-here   1s\nNAME             AGE\nx                2s\n");
    }

    @Test
    void describeUsesTwoSpacesAndNoMinimum() {
        assertThat(describe("a\tb\tc\n")).isEqualTo("a  b  c\n");
    }
}
