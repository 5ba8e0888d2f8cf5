package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * describeNodeResource (describe.go): the non-terminated pods with their CPU and memory requests and limits as a
 * share of the node's allocatable resources, then the totals. Quantities are summed in milli-units for CPU and
 * bytes for memory, as resource.Quantity does for the values the lab uses.
 */
final class NodeResources {

    private NodeResources() {
    }

    static void describe(List<JsonNode> pods, JsonNode node, PrefixWriter w) {
        w.write(PrefixWriter.LEVEL_0, "Non-terminated Pods:\t(%d in total)\n", pods.size());
        w.write(PrefixWriter.LEVEL_1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n");
        w.write(PrefixWriter.LEVEL_1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n");
        JsonNode allocatable = node.path("status").path("allocatable").isEmpty()
                ? node.path("status").path("capacity") : node.path("status").path("allocatable");
        long allocCpu = Quantities.milli(allocatable.path("cpu").asText("0"));
        long allocMemory = Quantities.value(allocatable.path("memory").asText("0"));
        long allocStorage = Quantities.value(allocatable.path("ephemeral-storage").asText("0"));
        long[] totals = new long[6];
        for (JsonNode pod : pods) {
            long[] r = Quantities.podRequestsAndLimits(pod);
            for (int i = 0; i < 6; i++) {
                totals[i] += r[i];
            }
            w.write(PrefixWriter.LEVEL_1, "%s\t%s\t\t%s (%d%%)\t%s (%d%%)\t%s (%d%%)\t%s (%d%%)\t%s\n",
                    pod.path("metadata").path("namespace").asText(""), pod.path("metadata").path("name").asText(""),
                    Quantities.formatMilli(r[0]), percent(r[0], allocCpu), Quantities.formatMilli(r[1]), percent(r[1], allocCpu),
                    Quantities.formatBytes(r[2]), percent(r[2], allocMemory), Quantities.formatBytes(r[3]),
                    percent(r[3], allocMemory), NodeDescriber.age(pod));
        }
        w.write(PrefixWriter.LEVEL_0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n");
        w.write(PrefixWriter.LEVEL_1, "Resource\tRequests\tLimits\n");
        w.write(PrefixWriter.LEVEL_1, "--------\t--------\t------\n");
        w.write(PrefixWriter.LEVEL_1, "%s\t%s (%d%%)\t%s (%d%%)\n", "cpu", Quantities.formatMilli(totals[0]),
                percent(totals[0], allocCpu), Quantities.formatMilli(totals[1]), percent(totals[1], allocCpu));
        w.write(PrefixWriter.LEVEL_1, "%s\t%s (%d%%)\t%s (%d%%)\n", "memory", Quantities.formatBytes(totals[2]),
                percent(totals[2], allocMemory), Quantities.formatBytes(totals[3]), percent(totals[3], allocMemory));
        w.write(PrefixWriter.LEVEL_1, "%s\t%s (%d%%)\t%s (%d%%)\n", "ephemeral-storage", Quantities.formatBytes(totals[4]),
                percent(totals[4], allocStorage), Quantities.formatBytes(totals[5]), percent(totals[5], allocStorage));
    }

    private static long percent(long value, long of) {
        return of == 0 ? 0 : (long) ((double) value / (double) of * 100);
    }
}
