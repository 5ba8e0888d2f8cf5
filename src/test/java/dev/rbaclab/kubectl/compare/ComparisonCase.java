package dev.rbaclab.kubectl.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One comparison: files in the working directory, setup commands (run by the real kubectl v1.31 against both
 * sandboxes, so that both start equal), and the steps compared between the real kubectl and the console.
 * {@code needs} names server endpoints the steps depend on; the case is skipped while the server lacks them.
 */
record ComparisonCase(String name, Map<String, String> files, List<Step> setup, List<Step> steps, List<Endpoint> needs) {

    /**
     * A command line, what it reads on stdin, and for {@code kubectl edit} the sed expression the "editor" applies
     * (null otherwise): the real kubectl runs it as KUBE_EDITOR, the console applies it to the edit buffer.
     */
    record Step(String line, String stdin, String editorSed) {

        Step(String line, String stdin) {
            this(line, stdin, null);
        }
    }

    /** A server endpoint some cases depend on, probed with an admin request before the case runs. */
    enum Endpoint {
        SELF_SUBJECT_ACCESS_REVIEW("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
                "{\"apiVersion\":\"authorization.k8s.io/v1\",\"kind\":\"SelfSubjectAccessReview\",\"spec\":{\"resourceAttributes\":{\"verb\":\"get\",\"resource\":\"pods\"}}}"),
        SELF_SUBJECT_RULES_REVIEW("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews",
                "{\"apiVersion\":\"authorization.k8s.io/v1\",\"kind\":\"SelfSubjectRulesReview\",\"spec\":{\"namespace\":\"default\"}}"),
        SELF_SUBJECT_REVIEW("/apis/authentication.k8s.io/v1/selfsubjectreviews",
                "{\"apiVersion\":\"authentication.k8s.io/v1\",\"kind\":\"SelfSubjectReview\"}"),
        TOKEN_REQUEST("/api/v1/namespaces/default/serviceaccounts/default/token",
                "{\"apiVersion\":\"authentication.k8s.io/v1\",\"kind\":\"TokenRequest\",\"spec\":{}}"),
        POD_LOGS(null, null);

        final String path;
        final String body;

        Endpoint(String path, String body) {
            this.path = path;
            this.body = body;
        }
    }

    static Builder named(String name) {
        return new Builder(name);
    }

    @Override
    public String toString() {
        return name;
    }

    static final class Builder {
        private final String name;
        private final Map<String, String> files = new LinkedHashMap<>();
        private final List<Step> setup = new ArrayList<>();
        private final List<Step> steps = new ArrayList<>();
        private final List<Endpoint> needs = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        Builder file(String path, String content) {
            files.put(path, content);
            return this;
        }

        Builder setup(String... lines) {
            for (String line : lines) {
                setup.add(new Step(line, ""));
            }
            return this;
        }

        Builder setupWithStdin(String line, String stdin) {
            setup.add(new Step(line, stdin));
            return this;
        }

        Builder run(String... lines) {
            for (String line : lines) {
                steps.add(new Step(line, ""));
            }
            return this;
        }

        Builder runWithStdin(String line, String stdin) {
            steps.add(new Step(line, stdin));
            return this;
        }

        Builder runEditing(String line, String sedExpression) {
            steps.add(new Step(line, "", sedExpression));
            return this;
        }

        Builder needs(Endpoint endpoint) {
            needs.add(endpoint);
            return this;
        }

        ComparisonCase build() {
            return new ComparisonCase(name, files, setup, steps, needs);
        }
    }
}
