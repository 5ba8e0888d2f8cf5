package dev.rbaclab.kubectl.cmd.pods;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.kubectl.cmd.CommandContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Container choice of {@code logs} and {@code exec} (staging/src/k8s.io/kubectl/pkg/cmd/util/podcmd/podcmd.go):
 * the {@code kubectl.kubernetes.io/default-container} annotation, else the first container, with the
 * "Defaulted container" notice when there was a choice.
 */
final class Containers {

    static final String DEFAULT_CONTAINER_ANNOTATION = "kubectl.kubernetes.io/default-container";

    private Containers() {
    }

    static Optional<JsonNode> find(JsonNode pod, String name) {
        for (String list : List.of("containers", "initContainers", "ephemeralContainers")) {
            for (JsonNode container : pod.path("spec").path(list)) {
                if (container.path("name").asText().equals(name)) {
                    return Optional.of(container);
                }
            }
        }
        return Optional.empty();
    }

    /** podcmd.AllContainerNames: {@code main, side, init (init), debug (ephem)}. */
    static String allNames(JsonNode pod) {
        List<String> names = new ArrayList<>();
        pod.path("spec").path("containers").forEach(c -> names.add(c.path("name").asText()));
        pod.path("spec").path("initContainers").forEach(c -> names.add(c.path("name").asText() + " (init)"));
        pod.path("spec").path("ephemeralContainers").forEach(c -> names.add(c.path("name").asText() + " (ephem)"));
        return String.join(", ", names);
    }

    /** The first container, with the notice when the pod has others. */
    static String first(CommandContext context, JsonNode pod, boolean quiet) {
        String name = pod.path("spec").path("containers").path(0).path("name").asText();
        boolean choice = pod.path("spec").path("containers").size() > 1 || !pod.path("spec").path("initContainers").isEmpty()
                || !pod.path("spec").path("ephemeralContainers").isEmpty();
        if (!quiet && choice) {
            context.out().printErr("Defaulted container \"" + name + "\" out of: " + allNames(pod) + "\n");
        }
        return name;
    }

    static String annotated(JsonNode pod) {
        return pod.path("metadata").path("annotations").path(DEFAULT_CONTAINER_ANNOTATION).asText("");
    }
}
