package dev.rbaclab.bench;

import dev.rbaclab.testing.ChildLab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A way to launch the lab for a cold-start measurement: the development class path, the deployable jar, and the jar
 * with its class-data archive (both made by {@code mvn package}; README, "Deploy it"), which is how an operator runs it.
 */
record StartMode(String label, Function<Path, ChildLab> lab) {

    static final Path JAR = Path.of("target", "rbac-lab.jar");
    static final Path ARCHIVE = Path.of("target", "rbac-lab.jsa");

    /** The modes this checkout can run, the deployed one last; the jar's two only after {@code mvn package}. */
    static List<StartMode> available(List<String> jvmOptions) {
        List<StartMode> modes = new ArrayList<>();
        modes.add(new StartMode("class path (java -cp … dev.rbaclab.App)", directory -> new ChildLab(directory, jvmOptions)));
        if (Files.isRegularFile(JAR)) {
            modes.add(new StartMode("jar (java -jar target/rbac-lab.jar)", directory -> ChildLab.deployed(directory, jvmOptions, JAR)));
            if (Files.isRegularFile(ARCHIVE)) {
                List<String> withArchive = new ArrayList<>(jvmOptions);
                // -Xshare:on: a stale or foreign archive fails the start instead of silently measuring without it
                withArchive.addAll(List.of("-XX:SharedArchiveFile=" + ARCHIVE.toAbsolutePath(), "-Xshare:on"));
                modes.add(new StartMode("jar + class-data archive (as deployed)",
                        directory -> ChildLab.deployed(directory, withArchive, JAR)));
            }
        }
        return List.copyOf(modes);
    }

    /** The mode the targets are judged on: the deployed one when the jar is built. */
    static StartMode deployed(List<StartMode> modes) {
        return modes.get(modes.size() - 1);
    }
}
