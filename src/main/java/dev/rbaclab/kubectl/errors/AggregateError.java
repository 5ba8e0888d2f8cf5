package dev.rbaclab.kubectl.errors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** utilerrors.Aggregate: several errors of one command (e.g. one per object of a file). */
public final class AggregateError extends KubectlError {

    private final transient List<KubectlError> errors;

    private AggregateError(List<KubectlError> errors) {
        super(message(errors));
        this.errors = List.copyOf(errors);
    }

    /** utilerrors.NewAggregate: nothing for no errors, the aggregate otherwise. */
    public static KubectlError of(List<KubectlError> errors) {
        if (errors.isEmpty()) {
            return null;
        }
        return new AggregateError(errors);
    }

    /** resource.ContinueOnErrorVisitor: one error is returned as it is, several as an aggregate. */
    public static KubectlError continueOnError(List<KubectlError> errors) {
        return errors.size() == 1 ? errors.get(0) : of(errors);
    }

    public List<KubectlError> errors() {
        return errors;
    }

    /** utilerrors.Flatten: nested aggregates become one list. */
    public List<KubectlError> flatten() {
        List<KubectlError> flat = new ArrayList<>();
        for (KubectlError error : errors) {
            if (error instanceof AggregateError aggregate) {
                flat.addAll(aggregate.flatten());
            } else {
                flat.add(error);
            }
        }
        return flat;
    }

    // aggregate.Error(): one message as is, several as "[a, b]" with duplicates dropped
    private static String message(List<KubectlError> errors) {
        if (errors.size() == 1) {
            return errors.get(0).text();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (KubectlError error : errors) {
            seen.add(error.text());
        }
        if (seen.size() == 1) {
            return seen.iterator().next();
        }
        return "[" + String.join(", ", seen) + "]";
    }
}
