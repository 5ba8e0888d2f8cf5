package dev.rbaclab.web;

import io.javalin.http.Context;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a page with what every page needs: language, CSRF token, and the other language for the switch. A model
 * may override the defaults (instructor pages carry the instructor's CSRF token).
 */
public final class Pages {

    private final Templates templates;
    private final Session session;

    Pages(Templates templates, Session session) {
        this.templates = templates;
        this.session = session;
    }

    public void render(Context ctx, String template, Map<String, Object> model) {
        Locale locale = locale(ctx);
        Map<String, Object> full = new HashMap<>();
        full.put("lang", locale.getLanguage());
        full.put("otherLang", locale.getLanguage().equals("ko") ? "en" : "ko");
        full.put("csrf", session.csrfToken(ctx));
        // the language switch is a learner-side form, also on instructor pages
        full.put("learnerCsrf", session.csrfToken(ctx));
        full.put("signedIn", session.learner(ctx).isPresent());
        full.put("path", ctx.path());
        full.putAll(model);
        ctx.contentType("text/html; charset=utf-8");
        ctx.header("Cache-Control", "no-store");
        ctx.result(templates.render(template, locale, full));
    }

    /** A piece of a page the player fetches and puts in place (server-rendered, so escaped like any page). */
    public void fragment(Context ctx, String template, Map<String, Object> model) {
        Locale locale = locale(ctx);
        Map<String, Object> full = new HashMap<>(model);
        full.put("lang", locale.getLanguage());
        ctx.contentType("text/html; charset=utf-8");
        ctx.header("Cache-Control", "no-store");
        ctx.result(templates.render("fragments/" + template, locale, full));
    }

    public static Locale locale(Context ctx) {
        return Locales.of(ctx);
    }
}
