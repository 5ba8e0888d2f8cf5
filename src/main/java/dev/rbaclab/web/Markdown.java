package dev.rbaclab.web;

import dev.rbaclab.i18n.Messages;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Step texts to HTML: CommonMark with tables, raw HTML escaped, and code blocks that the player can act on —
 * {@code console} blocks get "Run in console", {@code yaml} blocks "Open in editor".
 */
final class Markdown {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private Markdown() {
    }

    static String html(String markdown, Locale locale) {
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(List.of(TablesExtension.create()))
                .escapeHtml(true)
                .sanitizeUrls(true)
                .nodeRendererFactory(context -> new CodeBlocks(context, locale))
                .build();
        return renderer.render(PARSER.parse(markdown));
    }

    /** Fenced code blocks with the player's buttons. */
    private static final class CodeBlocks implements NodeRenderer {
        private final HtmlWriter html;
        private final Locale locale;

        CodeBlocks(HtmlNodeRendererContext context, Locale locale) {
            this.html = context.getWriter();
            this.locale = locale;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FencedCodeBlock.class);
        }

        @Override
        public void render(Node node) {
            FencedCodeBlock block = (FencedCodeBlock) node;
            String info = block.getInfo() == null ? "" : block.getInfo().trim();
            String code = block.getLiteral();
            html.line();
            html.tag("div", Map.of("class", "code-block lang-" + (info.isEmpty() ? "plain" : info)));
            html.tag("pre");
            html.tag("code", info.isEmpty() ? Map.of() : Map.of("class", "language-" + info));
            html.text(code);
            html.tag("/code");
            html.tag("/pre");
            if (info.equals("console")) {
                html.tag("button", Map.of("type", "button", "class", "run-in-console", "data-commands", code));
                html.text(Messages.get(locale, "player.run_in_console"));
                html.tag("/button");
            } else if (info.equals("yaml")) {
                html.tag("button", Map.of("type", "button", "class", "open-in-editor", "data-yaml", code));
                html.text(Messages.get(locale, "player.open_in_editor"));
                html.tag("/button");
            }
            html.tag("/div");
            html.line();
        }
    }
}
