package dev.scalecfg.interop.internal.tf;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the files of a Terraform configuration come from: a directory tree on disk, or a map of
 * relative paths to texts (a ROS Terraform template's {@code Workspace}, tests). Directories are
 * named by {@code /}-separated paths relative to the root, {@code ""} being the root.
 */
public interface Sources {
    /** The names of the files directly in a directory, sorted; empty when it does not exist. */
    List<String> files(String dir);

    /** The text of a file. */
    String read(String dir, String file);

    /** Whether a directory exists. */
    boolean isDirectory(String dir);

    /** The path of {@code file} in {@code dir}, as messages name it. */
    static String join(String dir, String file) {
        return dir.isEmpty() ? file : dir + "/" + file;
    }

    /**
     * Resolves a module source relative to a directory ({@code ./modules/asg}, {@code ../shared}),
     * or returns null when the path leaves the root or is not relative.
     */
    static String resolve(String dir, String source) {
        if (!(source.startsWith("./") || source.startsWith("../"))) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (!dir.isEmpty()) {
            parts.addAll(List.of(dir.split("/")));
        }
        for (String part : source.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /** Files on disk under a root directory. */
    static Sources of(Path root) {
        return new Sources() {
            @Override
            public List<String> files(String dir) {
                Path path = dir.isEmpty() ? root : root.resolve(dir);
                if (!Files.isDirectory(path)) {
                    return List.of();
                }
                try (Stream<Path> entries = Files.list(path)) {
                    return entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted()
                            .collect(java.util.stream.Collectors.toList());
                } catch (IOException unreadable) {
                    throw new ConfigFormatException(FormatError.of(dir.isEmpty() ? root.toString() : dir, null,
                            "cannot be listed: " + unreadable.getClass().getSimpleName()));
                }
            }

            @Override
            public String read(String dir, String file) {
                Path path = (dir.isEmpty() ? root : root.resolve(dir)).resolve(file);
                try {
                    return Files.readString(path, StandardCharsets.UTF_8);
                } catch (IOException unreadable) {
                    throw new ConfigFormatException(FormatError.of(join(dir, file), null,
                            "cannot be read: " + unreadable.getClass().getSimpleName()));
                }
            }

            @Override
            public boolean isDirectory(String dir) {
                return Files.isDirectory(dir.isEmpty() ? root : root.resolve(dir));
            }
        };
    }

    /** Files given as texts, keyed by their {@code /}-separated relative paths. */
    static Sources of(Map<String, String> files) {
        Map<String, String> sorted = new TreeMap<>();
        files.forEach((path, text) -> sorted.put(path.startsWith("./") ? path.substring(2) : path, text));
        return new Sources() {
            @Override
            public List<String> files(String dir) {
                List<String> out = new ArrayList<>();
                String prefix = dir.isEmpty() ? "" : dir + "/";
                for (String path : sorted.keySet()) {
                    if (path.startsWith(prefix) && path.indexOf('/', prefix.length()) < 0) {
                        out.add(path.substring(prefix.length()));
                    }
                }
                return out;
            }

            @Override
            public String read(String dir, String file) {
                return sorted.get(join(dir, file));
            }

            @Override
            public boolean isDirectory(String dir) {
                String prefix = dir.isEmpty() ? "" : dir + "/";
                return sorted.keySet().stream().anyMatch(path -> path.startsWith(prefix));
            }
        };
    }
}
