package dev.scalecfg.validation;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.AliyunCommandLine;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.core.json.ScalingJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One file of {@code src/test/resources/realworld} (format in that folder's README): the input,
 * its kind and its {@code # key: value} directives.
 */
final class RealWorldFixture {

    /** The fixture folder, relative to the validation module (the working directory of its tests). */
    static final Path FOLDER = Path.of("src", "test", "resources", "realworld");

    final String name;
    final String text;
    final Map<String, String> directives;

    private RealWorldFixture(String name, String text, Map<String, String> directives) {
        this.name = name;
        this.text = text;
        this.directives = directives;
    }

    @Override
    public String toString() {
        return name;
    }

    static List<RealWorldFixture> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<RealWorldFixture> out = new ArrayList<>();
            for (Path file : files.sorted().collect(Collectors.toList())) {
                String name = file.getFileName().toString();
                if (name.endsWith(".params") || name.endsWith(".sh") || name.endsWith(".json")) {
                    out.add(read(name, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RealWorldFixture read(String name, String text) {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("# ")) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 2) {
                directives.put(line.substring(2, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return new RealWorldFixture(name, text, directives);
    }

    boolean isParams() {
        return name.endsWith(".params");
    }

    boolean isCommandLine() {
        return name.endsWith(".sh");
    }

    boolean isJson() {
        return name.endsWith(".json");
    }

    /** The text without the leading directive lines (JSON has no comments). */
    String body() {
        StringBuilder out = new StringBuilder();
        boolean header = true;
        for (String line : text.split("\n", -1)) {
            if (header && line.startsWith("# ")) {
                continue;
            }
            header = false;
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The ESS parameters of a {@code .params} or {@code .sh} fixture, in file order. */
    Map<String, String> parameters() {
        if (isCommandLine()) {
            return AliyunCommandLine.parse(text);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : body().split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            out.put(line.substring(0, equals), line.substring(equals + 1));
        }
        return out;
    }

    ScalingConfiguration configuration() {
        if (isJson()) {
            return ScalingJson.defaults().read(body());
        }
        if (isCommandLine()) {
            return AliyunCommandLine.read(text);
        }
        return EssParameters.fromParameters(parameters());
    }

    ApiVersion version() {
        return ApiVersion.fromString(directives.getOrDefault("version", "2014-08-28"));
    }

    boolean exactRoundTrip() {
        return !"model".equals(directives.get("roundtrip"));
    }

    Set<String> codes(String directive) {
        String value = directives.getOrDefault(directive, "");
        Set<String> out = new TreeSet<>();
        for (String code : value.split(",")) {
            if (!code.isBlank()) {
                out.add(code.trim());
            }
        }
        return out;
    }

    ValidationContext context() {
        ValidationContext.Builder builder = ValidationContext.builder();
        String value = directives.getOrDefault("context", "");
        for (String fact : value.split(",")) {
            if (fact.isBlank()) {
                continue;
            }
            int equals = fact.lastIndexOf('=');
            String key = fact.substring(0, equals).trim();
            String v = fact.substring(equals + 1).trim();
            if (key.equals("networkType")) {
                builder.networkType(NetworkType.valueOf(v));
            } else if (key.equals("osType")) {
                builder.osType(OsType.valueOf(v));
            } else if (key.equals("vpcId")) {
                builder.vpcId(v);
            } else if (key.startsWith("sg:")) {
                builder.putSecurityGroupVpc(key.substring(3), v);
            } else {
                throw new IllegalArgumentException(name + ": unknown context fact " + key);
            }
        }
        return builder.build();
    }
}
