package dev.rbaclab.cluster.request;

import java.util.ArrayList;
import java.util.List;

/** apimachinery pkg/api/validation/path: names that are safe as one URL path segment. */
public final class PathSegments {

    private PathSegments() {
    }

    /** IsValidPathSegmentName: the reasons a name cannot be a path segment (empty = valid). */
    public static List<String> problems(String name) {
        List<String> errors = new ArrayList<>();
        if (name.equals(".") || name.equals("..")) {
            errors.add("may not be '" + name + "'");
            return errors;
        }
        if (name.contains("/")) {
            errors.add("may not contain '/'");
        }
        if (name.contains("%")) {
            errors.add("may not contain '%'");
        }
        return errors;
    }

    public static boolean isValidName(String name) {
        return problems(name).isEmpty();
    }
}
