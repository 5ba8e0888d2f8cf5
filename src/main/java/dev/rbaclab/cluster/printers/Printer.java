package dev.rbaclab.cluster.printers;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/** The columns of one resource and how an object fills them. */
public interface Printer {

    List<Column> columns();

    /** One cell per column; strings, numbers or booleans. */
    List<Object> cells(JsonNode object, Instant now);
}
