package dev.rbaclab.kubectl.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A developer aid: -Ddump.lines="get sa|auth frobnicate" writes both sides of each step to target/dump.txt. */
class DumpComparison {

    @Test
    @EnabledIfSystemProperty(named = "dump.lines", matches = ".+")
    void dump() throws Exception {
        ComparisonCase.Builder builder = ComparisonCase.named("dump");
        String setup = System.getProperty("dump.setup", "");
        for (String line : setup.split("\\|")) {
            if (!line.isBlank()) {
                builder.setup(line);
            }
        }
        for (String line : System.getProperty("dump.lines").split("\\|")) {
            builder.run(line);
        }
        List<String> report = new ArrayList<>();
        try {
            Twins.compare(builder.build());
            report.add("ALL SAME");
        } catch (AssertionError e) {
            report.add("DIFFERENT: " + e.getMessage());
        }
        for (Twins.Outcome o : Twins.lastOutcomes()) {
            report.add("$ kubectl " + o.line() + "   [" + o.realBinary() + "]");
            report.add("--- real exit " + o.real().exitCode() + "\n" + o.real().stdout() + "--- real stderr\n" + o.real().stderr());
            report.add("--- console exit " + o.console().exitCode() + "\n" + o.console().stdout() + "--- console stderr\n"
                    + o.console().stderr() + "--- audit ids " + o.console().auditIds().size());
        }
        Files.writeString(Path.of("target/dump.txt"), String.join("\n", report));
    }
}
