package dev.rbaclab.kubectl.cmd.edit;

import java.util.List;

/**
 * The text kubectl puts in the editor (staging/src/k8s.io/kubectl/pkg/cmd/util/editor/editoptions.go editHeader):
 * a comment header, on a reopen the reasons, then the object as YAML. Lines starting with {@code #} are ignored.
 */
final class EditBuffer {

    private static final String HEADER = """
            # Please edit the object below. Lines beginning with a '#' will be ignored,
            # and an empty file will abort the edit. If an error occurs while saving this file will be
            # reopened with the relevant failures.
            #
            """;

    /** One reason the save failed: {@code serviceaccounts "foo" was not valid} and its causes. */
    record Reason(String head, List<String> causes) {
    }

    private EditBuffer() {
    }

    static String of(String yaml) {
        return HEADER + yaml;
    }

    /** The buffer reopened after a failed save: the header, the reasons as comments, the learner's text. */
    static String reopened(Reason reason, String edited) {
        StringBuilder sb = new StringBuilder(HEADER);
        sb.append("# ").append(commented(reason.head())).append(reason.causes().isEmpty() ? "\n" : ":\n");
        for (String cause : reason.causes()) {
            sb.append("# * ").append(commented(cause)).append('\n');
        }
        sb.append("#\n");
        return sb.append(withoutComments(edited)).toString();
    }

    // hashOnLineBreak
    private static String commented(String text) {
        return text.replace("\n", "\n# ");
    }

    /** cmdutil.StripComments: drops the lines that start with {@code #}. */
    static String withoutComments(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.stripLeading().startsWith("#")) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString().isBlank() ? "" : sb.toString();
    }
}
