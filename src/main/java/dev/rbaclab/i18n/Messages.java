package dev.rbaclab.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The learner-facing strings, from {@code i18n/messages_en.properties} and {@code messages_ko.properties}. */
public final class Messages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.KOREAN);

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale supported = Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
        return ResourceBundle.getBundle("i18n/messages", supported, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The message for {@code key} with its arguments; the key itself when missing (a test keeps that from happening).
     * Every message is a MessageFormat pattern, with or without arguments, so a quote is always written {@code ''}.
     */
    public static String get(Locale locale, String key, Object... args) {
        try {
            String pattern = bundle(locale).getString(key);
            return new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static boolean has(Locale locale, String key) {
        return bundle(locale).containsKey(key);
    }
}
