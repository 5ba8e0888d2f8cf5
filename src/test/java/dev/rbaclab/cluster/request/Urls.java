package dev.rbaclab.cluster.request;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a test URL as net/http would hand it to NewRequestInfo: the path, and the query as repeated values. */
final class Urls {

    private Urls() {
    }

    static String path(String url) {
        int question = url.indexOf('?');
        return question < 0 ? url : url.substring(0, question);
    }

    /** url.Values: every value of a repeated parameter, in order. */
    static Map<String, List<String>> query(String url) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        int question = url.indexOf('?');
        if (question < 0) {
            return values;
        }
        for (String pair : url.substring(question + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return values;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
