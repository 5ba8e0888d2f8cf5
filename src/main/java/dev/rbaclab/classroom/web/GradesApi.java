package dev.rbaclab.classroom.web;

import dev.rbaclab.classroom.Workshop;
import dev.rbaclab.classroom.grades.CsvGrades;
import dev.rbaclab.classroom.grades.GradeReport;
import dev.rbaclab.classroom.grades.Gradebook;
import dev.rbaclab.classroom.grades.JsonGrades;
import dev.rbaclab.classroom.grades.JunitGrades;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.web.Pages;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import java.util.Locale;

/**
 * Grade exports: the instructor's download buttons and the graders' API
 * ({@code GET /api/workshops/{code}/grades?format=csv|json|junit}, with an instructor API token). Failure messages
 * are in the language asked for ({@code lang=ko}), English otherwise.
 */
public final class GradesApi {

    private final InstructorPages pages;
    private final Gradebook gradebook;

    public GradesApi(InstructorPages pages, Gradebook gradebook) {
        this.pages = pages;
        this.gradebook = gradebook;
    }

    /** {@code /instructor/workshops/{code}/grades.{csv,json,xml}} */
    public void download(Context ctx, String format) {
        write(ctx, pages.workshop(ctx), format, true);
    }

    /** {@code /api/workshops/{code}/grades?format=...} */
    public void api(Context ctx) {
        String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
        write(ctx, pages.workshop(ctx), format, false);
    }

    private void write(Context ctx, Workshop workshop, String format, boolean attachment) {
        Locale locale = "ko".equals(ctx.queryParam("lang")) ? Locale.KOREAN
                : ctx.queryParam("lang") == null && attachment ? Pages.locale(ctx) : Locale.ENGLISH;
        GradeReport report = gradebook.report(workshop, locale);
        String extension;
        switch (format) {
            case "csv" -> {
                ctx.contentType("text/csv; charset=utf-8");
                ctx.result(CsvGrades.write(report));
                extension = "csv";
            }
            case "json" -> {
                ctx.contentType("application/json");
                ctx.result(Json.write(JsonGrades.write(report)));
                extension = "json";
            }
            case "junit", "xml" -> {
                ctx.contentType("application/xml; charset=utf-8");
                ctx.result(JunitGrades.write(report));
                extension = "xml";
            }
            default -> throw new BadRequestResponse("format must be csv, json or junit");
        }
        ctx.header("Cache-Control", "no-store");
        if (attachment) {
            ctx.header("Content-Disposition", "attachment; filename=\"grades-" + workshop.code() + "." + extension + "\"");
        }
    }
}
