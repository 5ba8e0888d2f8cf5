package dev.rbaclab.kubectl.describe;

import dev.rbaclab.kubectl.discovery.ResourceMapping;

/** One kind's describer: fetches what it shows (the object first) and returns the text. Errors are thrown. */
@FunctionalInterface
public interface Describer {

    String describe(DescribeClient client, ResourceMapping mapping, String namespace, String name);
}
