package dev.rbaclab.access;

import dev.rbaclab.cluster.authz.RbacPolicy;
import dev.rbaclab.cluster.rbac.Binding;
import dev.rbaclab.cluster.rbac.PolicyRule;
import dev.rbaclab.cluster.rbac.Subject;
import dev.rbaclab.i18n.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Subjects → bindings → roles → rules of a scope, as nodes in four columns with the edges between them, laid out
 * for an SVG, and one sentence per path ("ServiceAccount foo/default can list, get services in namespace foo
 * through RoleBinding test and Role service-reader"). The default objects (system:* and kubeadm:* names, and
 * bindings that only name system:* users and groups) can be left out.
 */
public record RbacGraph(List<Node> nodes, List<Edge> edges, List<String> sentences, int width, int height) {

    public static final int NODE_WIDTH = 260;
    public static final int NODE_HEIGHT = 46;
    static final int COLUMN_GAP = 60;
    static final int ROW_GAP = 14;
    static final int MARGIN = 16;

    /** The four columns. */
    public enum Column { SUBJECT, BINDING, ROLE, RULE }

    /** A box: its column, two lines of text, and its position. */
    public record Node(String id, Column column, String kind, String name, int x, int y) {
        public int width() {
            return NODE_WIDTH;
        }

        public int height() {
            return NODE_HEIGHT;
        }

        public int centerY() {
            return y + NODE_HEIGHT / 2;
        }
    }

    /** A line from one node to the next column's. */
    public record Edge(String from, String to, int x1, int y1, int x2, int y2) {
        /** A cubic Bézier from the right edge of one box to the left edge of the next. */
        public String path() {
            int mid = (x1 + x2) / 2;
            return "M" + x1 + "," + y1 + " C" + mid + "," + y1 + " " + mid + "," + y2 + " " + x2 + "," + y2;
        }
    }

    public static RbacGraph of(RbacPolicy policy, String namespace, boolean hideSystem, Locale locale) {
        Builder builder = new Builder(locale);
        List<Binding> bindings = new ArrayList<>(policy.clusterRoleBindings());
        if (!namespace.isEmpty()) {
            bindings.addAll(policy.roleBindings(namespace));
        }
        for (Binding binding : bindings) {
            if (hideSystem && isSystem(binding)) {
                continue;
            }
            builder.add(policy, binding);
        }
        return builder.build();
    }

    static boolean isSystem(Binding binding) {
        if (systemName(binding.name()) || systemName(binding.roleRef().name())) {
            return true;
        }
        return !binding.subjects().isEmpty() && binding.subjects().stream()
                .allMatch(s -> !s.kind().equals(Subject.SERVICE_ACCOUNT) && systemName(s.name()));
    }

    private static boolean systemName(String name) {
        return name.startsWith("system:") || name.startsWith("kubeadm:");
    }

    /** Collects nodes in first-seen order per column, then lays them out. */
    private static final class Builder {
        private final Locale locale;
        private final Map<String, String[]> subjects = new LinkedHashMap<>();
        private final Map<String, String[]> bindings = new LinkedHashMap<>();
        private final Map<String, String[]> roles = new LinkedHashMap<>();
        private final Map<String, String[]> rules = new LinkedHashMap<>();
        private final List<String[]> links = new ArrayList<>();
        private final List<String> sentences = new ArrayList<>();

        Builder(Locale locale) {
            this.locale = locale;
        }

        void add(RbacPolicy policy, Binding binding) {
            String bindingId = "b:" + binding.kind() + ":" + binding.namespace() + "/" + binding.name();
            bindings.put(bindingId, new String[] {binding.kind(),
                    (binding.namespace().isEmpty() ? "" : binding.namespace() + "/") + binding.name()});
            String roleNamespace = binding.roleRef().kind().equals("Role") ? binding.namespace() : "";
            String roleId = "r:" + binding.roleRef().kind() + ":" + roleNamespace + "/" + binding.roleRef().name();
            roles.put(roleId, new String[] {binding.roleRef().kind(),
                    (roleNamespace.isEmpty() ? "" : roleNamespace + "/") + binding.roleRef().name()});
            link(bindingId, roleId);
            List<PolicyRule> roleRules = policy.rulesOf(binding.roleRef(), binding.namespace());
            List<String> ruleIds = new ArrayList<>();
            if (roleRules != null) {
                for (int i = 0; i < roleRules.size(); i++) {
                    String ruleId = roleId + "#" + i;
                    rules.put(ruleId, new String[] {Messages.get(locale, "access.rule", i + 1), brief(roleRules.get(i))});
                    link(roleId, ruleId);
                    ruleIds.add(ruleId);
                }
            }
            for (Subject subject : binding.subjects()) {
                String namespace = subject.kind().equals(Subject.SERVICE_ACCOUNT)
                        ? subject.serviceAccountNamespace(binding.namespace()) : "";
                String subjectId = "s:" + subject.kind() + ":" + namespace + "/" + subject.name();
                subjects.put(subjectId, new String[] {subject.kind(), (namespace.isEmpty() ? "" : namespace + "/") + subject.name()});
                link(subjectId, bindingId);
                if (roleRules == null) {
                    sentences.add(Messages.get(locale, "access.path_missing_role", subject.kind() + " "
                            + subjects.get(subjectId)[1], binding.kind(), binding.name(), binding.roleRef().kind(),
                            binding.roleRef().name()));
                    continue;
                }
                for (PolicyRule rule : roleRules) {
                    sentences.add(sentence(subject.kind() + " " + subjects.get(subjectId)[1], rule, binding));
                }
            }
        }

        private String sentence(String subject, PolicyRule rule, Binding binding) {
            String verbs = String.join(", ", rule.verbs());
            String what = rule.isNonResourceRule() ? String.join(", ", rule.nonResourceURLs())
                    : String.join(", ", rule.resources()) + (rule.resourceNames().isEmpty() ? ""
                    : " " + Messages.get(locale, "access.named", String.join(", ", rule.resourceNames())));
            String scope = rule.isNonResourceRule() ? Messages.get(locale, "access.scope.urls")
                    : binding.isClusterRoleBinding() ? Messages.get(locale, "access.scope.cluster")
                    : Messages.get(locale, "access.scope.namespace", binding.namespace());
            return Messages.get(locale, "access.path", subject, verbs, what, scope, binding.kind(), binding.name(),
                    binding.roleRef().kind(), binding.roleRef().name());
        }

        /** A rule in a few words for its box: {@code get,list services} or {@code get /healthz}. */
        private static String brief(PolicyRule rule) {
            String what = rule.isNonResourceRule() ? String.join(",", rule.nonResourceURLs())
                    : String.join(",", rule.resources());
            String names = rule.resourceNames().isEmpty() ? "" : " " + rule.resourceNames();
            return String.join(",", rule.verbs()) + " " + what + names;
        }

        private void link(String from, String to) {
            for (String[] existing : links) {
                if (existing[0].equals(from) && existing[1].equals(to)) {
                    return;
                }
            }
            links.add(new String[] {from, to});
        }

        RbacGraph build() {
            Map<String, Node> nodes = new LinkedHashMap<>();
            int height = MARGIN;
            Column[] columns = Column.values();
            List<Map<String, String[]>> all = List.of(subjects, bindings, roles, rules);
            for (int c = 0; c < columns.length; c++) {
                int x = MARGIN + c * (NODE_WIDTH + COLUMN_GAP);
                int y = MARGIN;
                for (Map.Entry<String, String[]> entry : all.get(c).entrySet()) {
                    nodes.put(entry.getKey(), new Node(entry.getKey(), columns[c], entry.getValue()[0],
                            entry.getValue()[1], x, y));
                    y += NODE_HEIGHT + ROW_GAP;
                }
                height = Math.max(height, y);
            }
            List<Edge> edges = new ArrayList<>();
            for (String[] link : links) {
                Node from = nodes.get(link[0]);
                Node to = nodes.get(link[1]);
                edges.add(new Edge(link[0], link[1], from.x() + NODE_WIDTH, from.centerY(), to.x(), to.centerY()));
            }
            int width = MARGIN * 2 + 4 * NODE_WIDTH + 3 * COLUMN_GAP;
            return new RbacGraph(List.copyOf(nodes.values()), edges, List.copyOf(sentences), width,
                    Math.max(height + MARGIN, 120));
        }
    }
}
