package dev.rbaclab.kubectl.cmd.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.client.RestClient;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.errors.StatusError;

import java.util.ArrayList;
import java.util.List;

/**
 * GETs targets as the resource builder's visitors do: lists with {@code limit=500} and the selectors, named objects
 * with the namespace check of Info.Get (a 404 in a namespace other than default asks for the namespace, and its
 * own 404 wins), and the message rewrite of the Selector visitor for BadRequest/NotFound on lists.
 */
public final class Fetcher {

    private final RestClient client;
    private final String accept;
    private final String labelSelector;
    private final String fieldSelector;
    private final String subresource;

    public Fetcher(RestClient client, String accept, String labelSelector, String fieldSelector) {
        this(client, accept, labelSelector, fieldSelector, "");
    }

    /** @param subresource named objects are read through it ({@code status}, {@code scale}; "" for none) */
    public Fetcher(RestClient client, String accept, String labelSelector, String fieldSelector, String subresource) {
        this.client = client;
        this.accept = accept;
        this.labelSelector = labelSelector == null ? "" : labelSelector;
        this.fieldSelector = fieldSelector == null ? "" : fieldSelector;
        this.subresource = subresource == null ? "" : subresource;
    }

    public List<Fetched> fetchAll(List<Target> targets) {
        List<Fetched> results = new ArrayList<>();
        for (Target target : targets) {
            results.add(fetch(target));
        }
        return results;
    }

    public Fetched fetch(Target target) {
        try {
            return new Fetched(target, target.isList() ? list(target) : get(target), null);
        } catch (KubectlError e) {
            return new Fetched(target, null, e);
        }
    }

    private ObjectNode list(Target target) {
        Request request = new Request("GET", target.path(), java.util.Map.of(), accept, null, null,
                target.mapping().resource(), null);
        if (!labelSelector.isEmpty()) {
            request = request.withQuery("labelSelector", labelSelector);
        }
        if (!fieldSelector.isEmpty()) {
            request = request.withQuery("fieldSelector", fieldSelector);
        }
        request = request.withQuery("limit", "500");
        try {
            return client.send(request).object();
        } catch (StatusError e) {
            if (e.code() == 400 || e.isNotFound()) {
                // modify the message without hiding this is an API error (resource/selector.go)
                if (labelSelector.isEmpty() && fieldSelector.isEmpty()) {
                    throw e.withMessage("Unable to list \"" + target.mapping().gvrString() + "\": " + e.text());
                }
                throw e.withMessage("Unable to find \"" + target.mapping().gvrString() + "\" that match label selector \""
                        + labelSelector + "\", field selector \"" + fieldSelector + "\": " + e.text());
            }
            throw e;
        }
    }

    private ObjectNode get(Target target) {
        String path = subresource.isEmpty() ? target.path() : target.path() + "/" + subresource;
        Request request = new Request("GET", path, java.util.Map.of(), accept, null, null,
                target.mapping().resource(), target.name());
        try {
            return client.send(request).object();
        } catch (StatusError e) {
            String ns = target.namespace();
            if (e.isNotFound() && !ns.isEmpty() && !ns.equals("default")) {
                Request namespace = new Request("GET", "/api/v1/namespaces/" + ns, java.util.Map.of(), accept, null,
                        null, "namespaces", ns);
                try {
                    client.send(namespace);
                } catch (StatusError nsError) {
                    if (nsError.isNotFound()) {
                        throw nsError;
                    }
                }
            }
            throw e;
        }
    }
}
