package dev.rbaclab.web;

import io.javalin.http.Context;

import java.util.Locale;

/** The language of a page: the {@code lang} cookie a learner chose, else Accept-Language, else English. */
final class Locales {

    static final String COOKIE = "rbaclab_lang";

    private Locales() {
    }

    static Locale of(Context ctx) {
        String chosen = ctx.cookie(COOKIE);
        if ("ko".equals(chosen)) {
            return Locale.KOREAN;
        }
        if ("en".equals(chosen)) {
            return Locale.ENGLISH;
        }
        String accept = ctx.header("Accept-Language");
        if (accept != null) {
            for (Locale.LanguageRange range : parse(accept)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (language.equals("ko")) {
                    return Locale.KOREAN;
                }
                if (language.equals("en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.ENGLISH;
    }

    private static java.util.List<Locale.LanguageRange> parse(String header) {
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return java.util.List.of();
        }
    }
}
