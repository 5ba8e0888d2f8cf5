package dev.rbaclab.kubectl.cmd.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** apimachinery validation.IsValidLabelValue, with its messages (kubectl checks label values before sending). */
final class LabelValues {

    private static final int MAX_LENGTH = 63;
    private static final Pattern QUALIFIED_NAME = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

    private LabelValues() {
    }

    static List<String> validate(String value) {
        List<String> problems = new ArrayList<>();
        if (value.length() > MAX_LENGTH) {
            problems.add("must be no more than 63 characters");
        }
        if (!QUALIFIED_NAME.matcher(value).matches()) {
            problems.add("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', "
                    + "and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', "
                    + "regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
        }
        return problems;
    }
}
