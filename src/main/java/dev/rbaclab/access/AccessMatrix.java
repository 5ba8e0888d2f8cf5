package dev.rbaclab.access;

import java.util.ArrayList;
import java.util.List;

/**
 * What a subject may do on every resource of a scope (a namespace, or "" for the cluster scope): one row per
 * resource, one column per verb, each cell decided by the sandbox's authorizer. A cell is null where the resource
 * does not serve the verb.
 */
public record AccessMatrix(AccessSubject subject, String namespace, List<String> verbs, List<MatrixRow> rows,
                           List<List<Boolean>> cells) {

    public AccessMatrix {
        verbs = List.copyOf(verbs);
        rows = List.copyOf(rows);
        List<List<Boolean>> copy = new ArrayList<>();
        cells.forEach(row -> copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row))));
        cells = List.copyOf(copy);
    }

    public Boolean allowed(int row, int verb) {
        return cells.get(row).get(verb);
    }

    public int allowedCount() {
        int n = 0;
        for (List<Boolean> row : cells) {
            for (Boolean cell : row) {
                n += Boolean.TRUE.equals(cell) ? 1 : 0;
            }
        }
        return n;
    }

    /** One cell that differs between two matrices of the same subject and scope. */
    public record Change(MatrixRow row, String verb, boolean granted) {
    }

    /** What changed from {@code before} to this matrix: granted (now allowed) and revoked (no longer allowed). */
    public List<Change> changesSince(AccessMatrix before) {
        List<Change> changes = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int previousRow = before.rows.indexOf(rows.get(r));
            for (int v = 0; v < verbs.size(); v++) {
                boolean now = Boolean.TRUE.equals(cells.get(r).get(v));
                int previousVerb = before.verbs.indexOf(verbs.get(v));
                boolean then = previousRow >= 0 && previousVerb >= 0
                        && Boolean.TRUE.equals(before.cells.get(previousRow).get(previousVerb));
                if (now != then) {
                    changes.add(new Change(rows.get(r), verbs.get(v), now));
                }
            }
        }
        return changes;
    }
}
