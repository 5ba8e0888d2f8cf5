package dev.rbaclab.lessons;

import java.util.Locale;
import java.util.Objects;

/** A learner-facing text in English and Korean. */
public record Text(String en, String ko) {

    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(ko, "ko");
    }

    public String in(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? ko : en;
    }

    public boolean complete() {
        return !en.isBlank() && !ko.isBlank();
    }
}
