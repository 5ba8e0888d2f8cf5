package dev.rbaclab.explain;

import java.util.List;

/** A line of an explanation as a learner reads it, in one language. */
public record RenderedLine(Stage stage, Mark mark, String key, String text, List<RenderedLine> children) {

    public RenderedLine {
        children = List.copyOf(children);
    }
}
