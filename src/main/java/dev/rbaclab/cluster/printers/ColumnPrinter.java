package dev.rbaclab.cluster.printers;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/** A printer given as its columns and a function from object (and now) to cells. */
record ColumnPrinter(List<Column> columns, BiFunction<JsonNode, Instant, List<Object>> cellFunction) implements Printer {

    @Override
    public List<Object> cells(JsonNode object, Instant now) {
        return cellFunction.apply(object, now);
    }
}
