package dev.rbaclab.kubectl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** cobra's "Did you mean this?": Levenshtein distance up to 2, or a prefix, in the order commands were added. */
final class Suggestions {

    private static final int MINIMUM_DISTANCE = 2;

    private Suggestions() {
    }

    static String forCommand(CommandNode parent, String typed) {
        List<String> names = new ArrayList<>();
        for (CommandNode child : parent.children()) {
            boolean close = distance(typed.toLowerCase(Locale.ROOT), child.name().toLowerCase(Locale.ROOT)) <= MINIMUM_DISTANCE;
            boolean prefix = child.name().toLowerCase(Locale.ROOT).startsWith(typed.toLowerCase(Locale.ROOT));
            if (close || prefix) {
                names.add(child.name());
            }
        }
        if (names.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\n\nDid you mean this?\n");
        for (String name : names) {
            sb.append('\t').append(name).append('\n');
        }
        return sb.toString();
    }

    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
            }
        }
        return d[a.length()][b.length()];
    }
}
