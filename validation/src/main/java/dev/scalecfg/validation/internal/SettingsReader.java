package dev.scalecfg.validation.internal;

import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.io.ReadLimits;
import dev.scalecfg.validation.ContextSettings;
import dev.scalecfg.validation.InvalidSettingsException;
import dev.scalecfg.validation.NetworkType;
import dev.scalecfg.validation.OsType;
import dev.scalecfg.validation.ValidationSettings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads settings files and validation-context documents strictly: every unknown key, wrong type and
 * wrong value is reported, all at once, with its location, line and column. Not API.
 */
public final class SettingsReader {
    /** The keys of a validation-context document, in documented order. */
    public static final List<String> CONTEXT_KEYS = List.of("networkType", "vpcId", "osType", "apiVersion",
            "securityGroupVpcs");
    /** The keys of a settings file, in documented order. */
    public static final List<String> SETTINGS_KEYS = List.of("context", "ignore", "warningsAsErrors", "rules");

    private static final ReadLimits LIMITS = ReadLimits.defaults();

    private final List<FormatError> problems = new ArrayList<>();

    private SettingsReader() {}

    /**
     * Reads a validation-context document.
     *
     * @param source the document's name, for messages
     * @param text the document
     * @return the context settings
     * @throws InvalidSettingsException with every mistake found
     */
    public static ContextSettings context(String source, String text) {
        SettingsReader reader = new SettingsReader();
        LocatedJson.Node root = LocatedJson.parse(text, LIMITS, reader.problems);
        ContextSettings.Builder context = ContextSettings.builder();
        if (root != null) {
            reader.context("", root, context);
        }
        reader.throwIfAny(source);
        return context.build();
    }

    /**
     * Reads a settings file.
     *
     * @param source the document's name, for messages
     * @param text the document
     * @param baseDirectory the directory relative rule paths are resolved against
     * @return the settings
     * @throws InvalidSettingsException with every mistake found
     */
    public static ValidationSettings settings(String source, String text, Path baseDirectory) {
        SettingsReader reader = new SettingsReader();
        LocatedJson.Node root = LocatedJson.parse(text, LIMITS, reader.problems);
        ValidationSettings.Builder settings = ValidationSettings.builder();
        if (root != null) {
            reader.settings(root, settings, baseDirectory);
        }
        reader.throwIfAny(source);
        return settings.build();
    }

    /**
     * Reads a settings or context file as strict UTF-8, within the document size limit.
     *
     * @param file the file
     * @param source its name, for messages
     * @return the text
     * @throws InvalidSettingsException when it is missing, a directory, unreadable, too large or not UTF-8
     */
    public static String readFile(Path file, String source) {
        String problem;
        try {
            if (Files.isDirectory(file)) {
                problem = "is a directory, expected a file";
            } else if (Files.size(file) > LIMITS.getMaxDocumentChars()) {
                problem = "is too large: at most " + LIMITS.getMaxDocumentChars() + " bytes are allowed";
            } else {
                byte[] bytes = Files.readAllBytes(file);
                try {
                    String text = StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes)).toString();
                    return text.startsWith("\uFEFF") ? text.substring(1) : text;
                } catch (CharacterCodingException notUtf8) {
                    problem = "is not UTF-8 text";
                }
            }
        } catch (NoSuchFileException missing) {
            problem = "no such file";
        } catch (AccessDeniedException denied) {
            problem = "cannot be read (permission denied)";
        } catch (IOException | RuntimeException unreadable) {
            problem = "cannot be read (" + unreadable.getClass().getSimpleName() + ")";
        }
        throw new InvalidSettingsException(source, List.of(FormatError.of("", null, problem)));
    }

    private void throwIfAny(String source) {
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(source, problems);
        }
    }

    private void settings(LocatedJson.Node root, ValidationSettings.Builder settings, Path baseDirectory) {
        LocatedJson.ObjectNode object = object("", root);
        if (object == null) {
            return;
        }
        for (LocatedJson.Member member : object.members()) {
            LocatedJson.Node value = member.value();
            switch (member.key()) {
                case "context" -> {
                    ContextSettings.Builder context = ContextSettings.builder();
                    context("context", value, context);
                    settings.context(context.build());
                }
                case "ignore" -> strings("ignore", value, (location, code) -> {
                    if (code.text().matches("[A-Z][A-Z0-9_]*")) {
                        settings.addIgnoredCode(code.text());
                    } else {
                        problem(location, code, code.text(), "is not a code: codes are upper case with underscores,"
                                + " such as SEQUENTIAL_NAME_BITS_LOW");
                    }
                });
                case "warningsAsErrors" -> {
                    if (value instanceof LocatedJson.Scalar scalar && scalar.isBoolean()) {
                        settings.warningsAsErrors(Boolean.parseBoolean(scalar.text()));
                    } else {
                        problem("warningsAsErrors", value, null, "must be true or false; found " + value.kind());
                    }
                }
                case "rules" -> strings("rules", value, (location, path) -> {
                    try {
                        settings.addRuleJar(baseDirectory.resolve(path.text()).normalize());
                    } catch (InvalidPathException invalid) {
                        problem(location, path, path.text(), "is not a valid path");
                    }
                });
                default -> unknownKey("", member, SETTINGS_KEYS);
            }
        }
    }

    private void context(String base, LocatedJson.Node node, ContextSettings.Builder context) {
        LocatedJson.ObjectNode object = object(base, node);
        if (object == null) {
            return;
        }
        for (LocatedJson.Member member : object.members()) {
            String location = join(base, member.key());
            LocatedJson.Node value = member.value();
            switch (member.key()) {
                case "networkType" -> choice(location, value, NetworkType.class, context::networkType);
                case "osType" -> choice(location, value, OsType.class, context::osType);
                case "vpcId" -> text(location, value, context::vpcId);
                case "apiVersion" -> text(location, value, version -> {
                    List<String> known = Arrays.stream(ApiVersion.values()).map(ApiVersion::text).toList();
                    if (known.contains(version)) {
                        context.apiVersion(ApiVersion.fromString(version));
                    } else {
                        problem(location, value, version, "is not one of " + String.join(", ", known));
                    }
                });
                case "securityGroupVpcs" -> {
                    LocatedJson.ObjectNode groups = object(location, value);
                    if (groups != null) {
                        for (LocatedJson.Member group : groups.members()) {
                            String where = location + "." + Shown.text(group.key());
                            if (group.key().isBlank()) {
                                problem(where, group.value(), null, "has an empty security group ID");
                            } else {
                                text(where, group.value(), vpc -> context.putSecurityGroupVpc(group.key(), vpc));
                            }
                        }
                    }
                }
                default -> unknownKey(base, member, CONTEXT_KEYS);
            }
        }
    }

    private LocatedJson.ObjectNode object(String location, LocatedJson.Node node) {
        if (node instanceof LocatedJson.ObjectNode object) {
            return object;
        }
        problem(location, node, null, "must be a JSON object; found " + node.kind());
        return null;
    }

    private void text(String location, LocatedJson.Node node, Consumer<String> sink) {
        if (node instanceof LocatedJson.Scalar scalar && scalar.isString()) {
            if (scalar.text().isBlank()) {
                problem(location, node, null, "is empty; give a value or leave the setting out");
            } else {
                sink.accept(scalar.text());
            }
        } else {
            problem(location, node, null, "must be a string; found " + node.kind());
        }
    }

    private <E extends Enum<E>> void choice(String location, LocatedJson.Node node, Class<E> type, Consumer<E> sink) {
        text(location, node, value -> {
            List<String> accepted = Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant.name().toLowerCase(Locale.ROOT)).toList();
            int index = accepted.indexOf(value.toLowerCase(Locale.ROOT));
            if (index >= 0) {
                sink.accept(type.getEnumConstants()[index]);
            } else {
                problem(location, node, value, "is not one of " + String.join(", ", accepted));
            }
        });
    }

    /** Calls the sink with each string of an array, and its location such as {@code ignore[2]}. */
    private void strings(String location, LocatedJson.Node node, StringSink sink) {
        if (!(node instanceof LocatedJson.ArrayNode array)) {
            problem(location, node, null, "must be an array of strings; found " + node.kind());
            return;
        }
        for (int i = 0; i < array.elements().size(); i++) {
            LocatedJson.Node element = array.elements().get(i);
            String where = location + "[" + i + "]";
            if (element instanceof LocatedJson.Scalar scalar && scalar.isString() && !scalar.text().isBlank()) {
                sink.accept(where, scalar);
            } else if (element instanceof LocatedJson.Scalar scalar && scalar.isString()) {
                problem(where, element, null, "is empty");
            } else {
                problem(where, element, null, "must be a string; found " + element.kind());
            }
        }
    }

    @FunctionalInterface
    private interface StringSink {
        void accept(String location, LocatedJson.Scalar value);
    }

    private void unknownKey(String base, LocatedJson.Member member, List<String> known) {
        problems.add(FormatError.at(join(base, Shown.text(member.key())), member.line(), member.column(), null,
                "is not a setting" + Suggestions.hint(member.key(), known) + " (known: "
                        + known.stream().collect(Collectors.joining(", ")) + ")"));
    }

    private void problem(String location, LocatedJson.Node node, String value, String message) {
        problems.add(FormatError.at(location, node.line(), node.column(), value == null ? null : value, message));
    }

    private static String join(String base, String key) {
        return base.isEmpty() ? key : base + "." + key;
    }
}
