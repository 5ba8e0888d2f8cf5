package dev.rbaclab.cluster.pods.shell;

import java.util.ArrayList;
import java.util.List;

/** The lines of a here-document, and whether {@code $VAR} and {@code $(...)} expand in them (unquoted delimiter). */
record HereDocument(String body, boolean expand) {

    /** A {@code <<DELIM} operator found on a command line. */
    record Marker(String delimiter, boolean expand, boolean stripTabs) {
    }

    /** The here-document operators of a line, in order (the bodies follow the line in that order). */
    static List<Marker> markers(String line) {
        List<Marker> markers = new ArrayList<>();
        List<Token> tokens = Lexer.tokens(line);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Token.Kind.REDIRECT || !token.text().startsWith("<<")) {
                continue;
            }
            if (i + 1 >= tokens.size() || tokens.get(i + 1).kind() != Token.Kind.WORD) {
                throw new ShellSyntaxError("syntax error: unexpected newline");
            }
            String raw = tokens.get(i + 1).text();
            // any quoting of the delimiter turns expansion off: <<'EOF', <<"EOF", <<\EOF
            boolean quoted = raw.indexOf('\'') >= 0 || raw.indexOf('"') >= 0 || raw.indexOf('\\') >= 0;
            String delimiter = raw.replace("'", "").replace("\"", "").replace("\\", "");
            markers.add(new Marker(delimiter, !quoted, token.text().equals("<<-")));
        }
        return markers;
    }
}
