package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiResource;
import dev.rbaclab.cluster.api.Meta;

import java.util.ArrayList;
import java.util.List;

/** Filtering a list by label and field selectors (storage.SelectionPredicate). */
final class Lists {

    private Lists() {
    }

    static List<ObjectNode> filter(ApiResource resource, List<ObjectNode> objects, ListOptions options) {
        FieldLabels.check(resource.groupResource(), options.fieldSelector());
        if (options.labelSelector().requirements().isEmpty() && options.fieldSelector().terms().isEmpty()) {
            return objects;
        }
        List<ObjectNode> result = new ArrayList<>();
        for (ObjectNode object : objects) {
            if (options.labelSelector().matches(Meta.labels(object))
                    && options.fieldSelector().matches(field -> FieldLabels.value(object, field))) {
                result.add(object);
            }
        }
        return result;
    }

}
