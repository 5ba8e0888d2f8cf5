package dev.rbaclab;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency rules of DESIGN.md, checked on the sources: the cluster never imports the web, console, lessons,
 * grading or classroom; Javalin stays at the edges; Jdbi stays in storage classes; the pipeline stages do not
 * import each other.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/rbaclab");

    @Test
    void theClusterImportsNothingAboveIt() throws IOException {
        assertThat(violations("cluster", List.of("dev.rbaclab.web", "dev.rbaclab.kubectl", "dev.rbaclab.lessons",
                "dev.rbaclab.grading", "dev.rbaclab.classroom", "dev.rbaclab.console", "dev.rbaclab.access"))).isEmpty();
    }

    @Test
    void javalinOnlyAtTheEdges() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            String relative = MAIN.relativize(file).toString();
            boolean edge = relative.startsWith("web/") || relative.startsWith("cluster/server/http/")
                    || relative.equals("App.java") || relative.startsWith("classroom/web/");
            if (!edge && Files.readString(file).contains("import io.javalin")) {
                found.add(relative);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void jdbiOnlyInStorageClasses() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            String relative = MAIN.relativize(file).toString();
            boolean storage = relative.startsWith("storage/") || relative.startsWith("cluster/store/")
                    || relative.endsWith("Repository.java") || relative.endsWith("Store.java") || relative.equals("App.java");
            if (!storage && Files.readString(file).contains("import org.jdbi")) {
                found.add(relative);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void pipelineStagesDoNotImportEachOther() throws IOException {
        assertThat(violations("cluster/authn", List.of("dev.rbaclab.cluster.authz.", "dev.rbaclab.cluster.admission.",
                "dev.rbaclab.cluster.registry."))).isEmpty();
        assertThat(violations("cluster/authz", List.of("dev.rbaclab.cluster.authn.", "dev.rbaclab.cluster.admission.",
                "dev.rbaclab.cluster.registry."))).isEmpty();
        assertThat(violations("cluster/admission", List.of("dev.rbaclab.cluster.authn.", "dev.rbaclab.cluster.authz.",
                "dev.rbaclab.cluster.registry."))).isEmpty();
    }

    private static List<String> violations(String packagePath, List<String> forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        Path root = MAIN.resolve(packagePath);
        for (Path file : javaFiles(root)) {
            for (String line : Files.readAllLines(file)) {
                for (String prefix : forbidden) {
                    if (line.startsWith("import " + prefix) || line.startsWith("import static " + prefix)) {
                        found.add(MAIN.relativize(file) + ": " + line);
                    }
                }
            }
        }
        return found;
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
