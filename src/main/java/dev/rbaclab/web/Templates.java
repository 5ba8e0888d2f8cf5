package dev.rbaclab.web;

import dev.rbaclab.i18n.Messages;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Locale;
import java.util.Map;

/** Thymeleaf over {@code src/main/resources/templates}, with messages from the lab's bundles. */
public final class Templates {

    private final TemplateEngine engine = new TemplateEngine();

    public Templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver());
        // the lab is served at the root: @{/...} links need no servlet context path
        engine.setLinkBuilder(new org.thymeleaf.linkbuilder.StandardLinkBuilder() {
            @Override
            protected String computeContextPath(org.thymeleaf.context.IExpressionContext context, String base, Map<String, Object> parameters) {
                return "";
            }
        });
    }

    public String render(String template, Locale locale, Map<String, Object> model) {
        Context context = new Context(locale);
        context.setVariables(model);
        return engine.process(template, context);
    }

    /** Resolves {@code #{key}} from messages_en / messages_ko; a missing key shows as {@code ??key??}. */
    private static final class BundleMessageResolver extends AbstractMessageResolver {
        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
            Locale locale = context.getLocale();
            if (!Messages.has(locale, key)) {
                return null;
            }
            return Messages.get(locale, key, messageParameters == null ? new Object[0] : messageParameters);
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                        Object[] messageParameters) {
            return "??" + key + "??";
        }
    }
}
