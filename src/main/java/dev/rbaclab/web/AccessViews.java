package dev.rbaclab.web;

import dev.rbaclab.access.AccessMatrix;
import dev.rbaclab.access.MatrixRow;
import dev.rbaclab.access.RiskWarning;
import dev.rbaclab.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Access views as the templates show them: matrix cells with their diff marks, risks with their sentences. */
public final class AccessViews {

    private AccessViews() {
    }

    /** A matrix ready to render. */
    public record MatrixView(List<String> verbs, List<RowView> rows, int allowed) {
    }

    /** One row: its resource and cells. */
    public record RowView(MatrixRow row, List<CellView> cells) {
    }

    /** One cell: "allowed", "denied" or "na", and "granted"/"revoked" when the last RBAC change flipped it. */
    public record CellView(String verb, String state, String change) {
    }

    /** A risk with its sentence. */
    public record RiskView(RiskWarning warning, String severity, String message) {
    }

    static MatrixView matrix(AccessMatrix matrix, List<AccessMatrix.Change> changes) {
        List<RowView> rows = new ArrayList<>();
        for (int r = 0; r < matrix.rows().size(); r++) {
            MatrixRow row = matrix.rows().get(r);
            List<CellView> cells = new ArrayList<>();
            for (int v = 0; v < matrix.verbs().size(); v++) {
                String verb = matrix.verbs().get(v);
                Boolean allowed = matrix.allowed(r, v);
                String change = changes.stream().filter(c -> c.row().equals(row) && c.verb().equals(verb)).findFirst()
                        .map(c -> c.granted() ? "granted" : "revoked").orElse("");
                cells.add(new CellView(verb, allowed == null ? "na" : allowed ? "allowed" : "denied", change));
            }
            rows.add(new RowView(row, cells));
        }
        return new MatrixView(matrix.verbs(), rows, matrix.allowedCount());
    }

    static List<RiskView> risks(List<RiskWarning> warnings, Locale locale) {
        List<RiskView> views = new ArrayList<>();
        for (RiskWarning warning : warnings) {
            Object[] args = new Object[warning.args().size() + 1];
            args[0] = warning.object();
            for (int i = 0; i < warning.args().size(); i++) {
                args[i + 1] = warning.args().get(i);
            }
            views.add(new RiskView(warning, warning.severity().name().toLowerCase(Locale.ROOT),
                    Messages.get(locale, "risk." + warning.key(), args)));
        }
        return views;
    }
}
