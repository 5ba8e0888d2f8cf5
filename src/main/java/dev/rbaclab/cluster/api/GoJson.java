package dev.rbaclab.cluster.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON laid out as Go's {@code json.MarshalIndent(v, "", "  ")}: two-space indent, {@code "key": value}, every
 * array element on its own line, {@code {}} and {@code []} for empty containers. The API server answers curl (and
 * {@code ?pretty=true}) this way, and /version always.
 */
public final class GoJson {

    private static final DefaultPrettyPrinter PRINTER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        PRINTER = new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private GoJson() {
    }

    public static String pretty(JsonNode node) {
        try {
            return Json.MAPPER.writer(PRINTER).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
