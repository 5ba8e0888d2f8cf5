package dev.rbaclab.isolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the attacks found: each attempt is counted under its category, and an attempt that was not refused the way
 * its route should refuse (or that answered with something of the victim's) is a way in. Controls — the victim doing
 * the same with their own credentials — must succeed, or the refusals prove nothing (a wrong path is refused too).
 */
final class Tally {

    private final Map<String, Integer> refused = new TreeMap<>();
    private final Map<String, Integer> controls = new TreeMap<>();
    private final List<String> waysIn = new ArrayList<>();
    private final List<String> brokenControls = new ArrayList<>();

    /** An attempt that must be answered with one of {@code expected} and show none of the victim's secrets. */
    synchronized void attempt(String category, String what, int code, String body, Learner victim, int... expected) {
        boolean codeOk = false;
        for (int e : expected) {
            codeOk |= e == code;
        }
        String leaked = victim.leakIn(body);
        if (codeOk && leaked == null) {
            refused.merge(category, 1, Integer::sum);
        } else {
            waysIn.add(category + ": " + what + " answered " + code + (leaked == null ? "" : " showing " + leaked)
                    + " — " + abbreviate(body));
        }
    }

    /** An attempt whose refusal is judged by the caller (console output, a WebSocket handshake ...). */
    synchronized void attempt(String category, String what, boolean refusedAsItShould, String evidence) {
        if (refusedAsItShould) {
            refused.merge(category, 1, Integer::sum);
        } else {
            waysIn.add(category + ": " + what + " — " + abbreviate(evidence));
        }
    }

    synchronized void control(String what, boolean worked, String evidence) {
        if (worked) {
            controls.merge(what.substring(0, what.indexOf(' ') < 0 ? what.length() : what.indexOf(' ')), 1, Integer::sum);
        } else {
            brokenControls.add(what + " — " + abbreviate(evidence));
        }
    }

    synchronized void noteWayIn(String what) {
        waysIn.add(what);
    }

    synchronized List<String> waysIn() {
        return List.copyOf(waysIn);
    }

    synchronized List<String> brokenControls() {
        return List.copyOf(brokenControls);
    }

    synchronized Map<String, Integer> refused() {
        return Map.copyOf(refused);
    }

    synchronized String report() {
        StringBuilder out = new StringBuilder("refused attempts by category:\n");
        int total = 0;
        for (Map.Entry<String, Integer> entry : refused.entrySet()) {
            out.append(String.format("  %-26s %6d%n", entry.getKey(), entry.getValue()));
            total += entry.getValue();
        }
        out.append(String.format("  %-26s %6d%n", "total", total));
        out.append("controls (the victim's own calls) that worked: ").append(controls).append('\n');
        out.append("ways in: ").append(waysIn.size()).append('\n');
        return out.toString();
    }

    private static String abbreviate(String text) {
        String flat = String.valueOf(text).replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
