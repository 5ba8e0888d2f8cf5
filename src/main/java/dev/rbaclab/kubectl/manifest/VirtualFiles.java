package dev.rbaclab.kubectl.manifest;

import dev.rbaclab.kubectl.errors.CommandError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The files the console offers to {@code -f FILE}, {@code --from-file} and {@code --from-env-file}: its YAML pane
 * and heredocs, by path. {@code -} is stdin. Paths are compared after dropping a leading {@code ./}.
 */
public record VirtualFiles(Map<String, String> files, String stdin) {

    public static final String STDIN = "-";

    public VirtualFiles {
        files = Map.copyOf(files);
    }

    public boolean exists(String path) {
        return path.equals(STDIN) || files.containsKey(normalize(path)) || !under(path).isEmpty();
    }

    /** The content of a file; kubectl's error when it does not exist. */
    public String read(String path) {
        if (path.equals(STDIN)) {
            return stdin;
        }
        String content = files.get(normalize(path));
        if (content == null) {
            throw new CommandError("the path \"" + path + "\" does not exist");
        }
        return content;
    }

    /** Files in a "directory" ({@code -f dir/}), sorted, as kubectl walks a directory. */
    public List<String> under(String directory) {
        String prefix = normalize(directory);
        if (!prefix.endsWith("/")) {
            prefix = prefix + "/";
        }
        List<String> paths = new ArrayList<>();
        for (String path : files.keySet()) {
            if (path.startsWith(prefix)) {
                paths.add(path);
            }
        }
        paths.sort(null);
        return paths;
    }

    public boolean isDirectory(String path) {
        return !files.containsKey(normalize(path)) && !under(path).isEmpty();
    }

    static String normalize(String path) {
        String p = path;
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }
}
