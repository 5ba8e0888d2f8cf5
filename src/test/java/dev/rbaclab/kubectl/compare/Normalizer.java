package dev.rbaclab.kubectl.compare;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What may differ between the two sandboxes of a comparison and nothing else: their ids and tokens, uids,
 * timestamps, tokens issued, the reference kubectl's patch version, klog prefixes, and the lines where kubectl edit names
 * its temp files. Ages are compared leniently only when
 * the exact texts differ (see {@link #withoutAges}).
 */
final class Normalizer {

    private static final Pattern UID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern RFC3339 = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern RFC1123Z = Pattern.compile("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final Pattern KLOG = Pattern.compile("(?m)^E\\d{4} \\d{2}:\\d{2}:\\d{2}\\.\\d{6} +\\d+ ");
    private static final Pattern AGE = Pattern.compile("(?<=^|\\s)\\d+(s|m|h|d|y)(\\d+(s|m|h|d))?(?=\\s|$)");

    /** kubectl edit names the temp files it kept; the console has none and leaves these lines out. */
    private static final Pattern EDIT_TEMP_FILE_LINES = Pattern.compile(
            "(?m)^(A copy of your changes has been stored to \"/tmp/kubectl-edit-\\d+\\.yaml\"|"
                    + "You can run `kubectl replace -f /tmp/kubectl-edit-\\d+\\.yaml` to try this update again\\.|"
                    + "The edits you made on deleted resources have been saved to \"/tmp/kubectl-edit-\\d+\\.yaml\")\n");

    private final Map<String, String> replacements;

    Normalizer(Map<String, String> replacements) {
        this.replacements = replacements;
    }

    String normalize(String text) {
        String s = text;
        for (Map.Entry<String, String> e : replacements.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        // the reference kubectl is v1.32.5; the console is v1.32.4 (the version the lab names)
        s = s.replace("v1.32.5", "v1.32.4").replace("9894294ef13a5b32803e3ca2c0d620a088cc84d1",
                "4cb5f0764b8d5f425645c6f433394fede34a8a26");
        // kubectl names itself after its binary (os.Args[0]) in a few messages and in its temp files
        s = s.replace("kubectl.1.32", "kubectl").replace("kubectl.1.31", "kubectl");
        s = KLOG.matcher(s).replaceAll("E<time> <pid> ");
        s = EDIT_TEMP_FILE_LINES.matcher(s).replaceAll("");
        s = JWT.matcher(s).replaceAll("<jwt>");
        s = UID.matcher(s).replaceAll("<uid>");
        // the token volume's name ends in 5 random characters (names.SimpleNameGenerator)
        s = s.replaceAll("kube-api-access-[a-z0-9]{5}", "kube-api-access-<random>");
        s = RFC3339.matcher(s).replaceAll("<time>");
        s = RFC1123Z.matcher(s).replaceAll("<time>");
        return s;
    }

    /** Ages blanked and runs of spaces shortened: for tables whose AGE column differs by a second. */
    static String withoutAges(String text) {
        return AGE.matcher(text).replaceAll("<age>").replaceAll(" {2,}", "  ");
    }
}
