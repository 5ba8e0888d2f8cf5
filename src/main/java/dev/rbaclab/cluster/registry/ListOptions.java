package dev.rbaclab.cluster.registry;

import dev.rbaclab.cluster.request.FieldSelector;

/** The selectors of a list, deletecollection or watch. */
public record ListOptions(LabelSelector labelSelector, FieldSelector fieldSelector) {

    public static final ListOptions ALL = new ListOptions(LabelSelector.EVERYTHING, FieldSelector.EVERYTHING);

    public static ListOptions parse(String labelSelector, String fieldSelector) {
        FieldSelector fields;
        try {
            fields = FieldSelector.parse(fieldSelector == null ? "" : fieldSelector);
        } catch (IllegalArgumentException e) {
            throw dev.rbaclab.cluster.api.ApiException.badRequest(e.getMessage());
        }
        return new ListOptions(LabelSelector.parse(labelSelector), fields);
    }
}
