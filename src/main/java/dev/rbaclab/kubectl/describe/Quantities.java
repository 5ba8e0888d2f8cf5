package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/** The parts of resource.Quantity describe needs: parsing CPU and memory values, summing, printing. */
final class Quantities {

    private Quantities() {
    }

    /** CPU in milli-units: {@code 2} → 2000, {@code 250m} → 250. */
    static long milli(String quantity) {
        if (quantity.endsWith("m")) {
            return new BigDecimal(quantity.substring(0, quantity.length() - 1)).longValue();
        }
        return bytesOrNumber(quantity).multiply(BigDecimal.valueOf(1000)).longValue();
    }

    /** Memory and storage in bytes: {@code 128Mi}, {@code 1G}, {@code 263112772Ki}. */
    static long value(String quantity) {
        return bytesOrNumber(quantity).longValue();
    }

    private static BigDecimal bytesOrNumber(String q) {
        String[][] suffixes = {{"Ki", "1024"}, {"Mi", "1048576"}, {"Gi", "1073741824"}, {"Ti", "1099511627776"},
                {"k", "1000"}, {"M", "1000000"}, {"G", "1000000000"}, {"T", "1000000000000"}};
        for (String[] s : suffixes) {
            if (q.endsWith(s[0])) {
                return new BigDecimal(q.substring(0, q.length() - s[0].length())).multiply(new BigDecimal(s[1]));
            }
        }
        try {
            return new BigDecimal(q.isEmpty() ? "0" : q);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    static String formatMilli(long milli) {
        return milli % 1000 == 0 ? Long.toString(milli / 1000) : milli + "m";
    }

    static String formatBytes(long bytes) {
        if (bytes != 0 && bytes % 1048576 == 0) {
            return (bytes / 1048576) + "Mi";
        }
        if (bytes != 0 && bytes % 1024 == 0) {
            return (bytes / 1024) + "Ki";
        }
        return Long.toString(bytes);
    }

    /**
     * resourcehelper.PodRequestsAndLimits for CPU, memory and ephemeral storage: requests, limits, in that order,
     * summed over the containers (init containers count with their maximum).
     */
    static long[] podRequestsAndLimits(JsonNode pod) {
        long[] sums = new long[6];
        for (JsonNode c : pod.path("spec").path("containers")) {
            add(sums, c.path("resources"));
        }
        long[] init = new long[6];
        for (JsonNode c : pod.path("spec").path("initContainers")) {
            long[] one = new long[6];
            add(one, c.path("resources"));
            for (int i = 0; i < 6; i++) {
                init[i] = Math.max(init[i], one[i]);
            }
        }
        for (int i = 0; i < 6; i++) {
            sums[i] = Math.max(sums[i], init[i]);
        }
        return sums;
    }

    private static void add(long[] sums, JsonNode resources) {
        JsonNode requests = resources.path("requests");
        JsonNode limits = resources.path("limits");
        sums[0] += milli(requests.path("cpu").asText("0"));
        sums[1] += milli(limits.path("cpu").asText("0"));
        sums[2] += value(requests.path("memory").asText("0"));
        sums[3] += value(limits.path("memory").asText("0"));
        sums[4] += value(requests.path("ephemeral-storage").asText("0"));
        sums[5] += value(limits.path("ephemeral-storage").asText("0"));
    }
}
