package dev.rbaclab.robust;

/** Documents built to be expensive to parse, shared by the limit tests and the fuzzer. */
final class Hostile {

    private Hostile() {
    }

    /** "Billion laughs": nine levels of nine aliases each, 9^9 strings if a parser expanded them all. */
    static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\n");
        yaml.append("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int level = 1; level <= 9; level++) {
            String previous = "*a" + (level - 1);
            yaml.append("a").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        return yaml.toString();
    }

    /** A flow sequence nested {@code depth} deep. */
    static String deepYaml(int depth) {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\nx: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
    }

    static String deepJson(int depth) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"deep\"},\"x\":"
                + "[".repeat(depth) + "]".repeat(depth) + "}";
    }
}
