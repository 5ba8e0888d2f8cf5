package dev.rbaclab.web;

import dev.rbaclab.cluster.store.AuditEvent;
import dev.rbaclab.explain.Explanation;
import dev.rbaclab.explain.ExplanationRenderer;
import dev.rbaclab.explain.Line;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.RenderedLine;
import dev.rbaclab.explain.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One request for the "why" panel: the answer as Kubernetes gave it (code, reason, message), who made it, and the
 * explanation grouped by pipeline stage, with a denial's suggested fix as commands to paste.
 */
public record WhyView(long id, String method, String uri, int code, String reason, String message, String user,
               String source, String at, String decision, List<StageView> stages, List<String> fixes) {

    /** The lines one stage of the pipeline added. */
    public record StageView(String stage, List<RenderedLine> lines) {
    }

    /** The fix commands as one script, to paste and run together. */
    public String fixScript() {
        return String.join("\n", fixes);
    }

    public boolean allowed() {
        return code < 400;
    }

    public static WhyView of(AuditEvent event, Locale locale) {
        Explanation explanation = Explanation.fromJson(event.explanation());
        String message = "";
        String reason = "";
        List<String> fixes = new ArrayList<>();
        List<StageView> stages = new ArrayList<>();
        for (Line line : explanation.lines()) {
            if (line.stage() == Stage.RESPONSE && line.key().equals("response.code")) {
                message = line.args().size() > 1 ? line.args().get(1) : "";
                reason = line.args().size() > 2 ? line.args().get(2) : "";
                continue;
            }
            collectFixes(line, fixes);
            RenderedLine rendered = ExplanationRenderer.render(line, locale);
            String stage = line.stage().name().toLowerCase(Locale.ROOT);
            if (stages.isEmpty() || !stages.get(stages.size() - 1).stage().equals(stage)) {
                stages.add(new StageView(stage, new ArrayList<>()));
            }
            stages.get(stages.size() - 1).lines().add(rendered);
        }
        return new WhyView(event.id(), event.method(), event.uri(), event.code(), reason, message, event.user(),
                event.source(), event.at().toString(), event.decision(), stages, fixes);
    }

    private static void collectFixes(Line line, List<String> fixes) {
        if (line.mark() == Mark.FIX && line.key().equals("authz.fix.command") && !line.args().isEmpty()) {
            fixes.add(line.args().get(0));
        }
        line.children().forEach(child -> collectFixes(child, fixes));
    }
}
