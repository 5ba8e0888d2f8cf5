package dev.rbaclab.lessons;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** A declarative check of a step; evaluated by {@code dev.rbaclab.grading}. */
public sealed interface Check permits Check.ObjectCheck, Check.AccessCheck, Check.RequestCheck, Check.PermissionsCheck,
        Check.QuizCheck {

    String id();

    Text title();

    Text failure();

    int points();

    /** An object exists or not, with field expectations. */
    record ObjectCheck(String id, Text title, Text failure, int points, String group, String resource, String namespace,
                       String name, boolean exists, List<FieldExpectation> fields) implements Check {
    }

    /** What a field of the object must be: equal to a value, exist, or contain an element. */
    record FieldExpectation(String path, JsonNode equals, Boolean exists, JsonNode contains) {
    }

    /** A subject may (or may not) do something, by the sandbox's authorizer. */
    record AccessCheck(String id, Text title, Text failure, int points, Subject subject, String verb, String group,
                       String resource, String subresource, String name, String namespace, String nonResourceURL,
                       boolean allowed) implements Check {
    }

    /** The learner made a request of this shape since the step began. */
    record RequestCheck(String id, Text title, Text failure, int points, String user, String verb, String resource,
                        String namespace, Integer code) implements Check {
    }

    /** Least privilege: what the subject may do in the scope is within {@code atMost} (and all of it, if exactly). */
    record PermissionsCheck(String id, Text title, Text failure, int points, Subject subject, String namespace,
                            List<Rule> atMost, boolean exactly) implements Check {
    }

    /** A multiple-choice question. */
    record QuizCheck(String id, Text title, Text failure, int points, Text question, List<Option> options) implements Check {
        public int correctOption() {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).correct()) {
                    return i + 1;
                }
            }
            return -1;
        }
    }

    /** A quiz option. */
    record Option(Text text, boolean correct) {
    }

    /** A permission as a lesson writes it (a PolicyRule). */
    record Rule(List<String> apiGroups, List<String> resources, List<String> verbs, List<String> resourceNames,
                List<String> nonResourceURLs) {
    }
}
