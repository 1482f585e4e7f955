package dev.scalecfg.core.ess;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps ESS parameter names back to model paths, from the table in {@link EssSchema}: the inverse
 * of {@link EssNames}, for readers that must say which model attribute a parameter they could not
 * read (or could not resolve) stands for.
 */
final class EssPaths {
    /** The model path of every instance-type parameter, whose layout depends on the whole list. */
    static final String INSTANCE_TYPES = "instanceTypes";

    private EssPaths() {}

    /**
     * Returns the model path of a parameter of either version's spelling: {@code SystemDisk.Size}
     * → {@code systemDisk.size}, {@code DataDisks.2.Size} → {@code dataDisks[1].size},
     * {@code SecurityGroupIds.3} → {@code network.securityGroupIds[2]}, {@code DataDisk} →
     * {@code dataDisks}. Every instance-type parameter ({@code InstanceType},
     * {@code InstanceTypes.N}, {@code InstanceTypeOverride.N.*}, {@code SpotPriceLimit.N.*}) maps to
     * {@code instanceTypes}: which element it lands in depends on the other types.
     */
    static Optional<String> modelPath(String parameter) {
        if (parameter == null || parameter.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(path(EssSchema.ROOT, parameter.split("\\.", -1), 0, ""));
    }

    private static String path(EssSchema.Scope scope, String[] segments, int from, String prefix) {
        for (EssSchema.Spelling spelling : scope.startingWith(segments[from])) {
            EssSchema.Field field = spelling.field;
            String[] parts = spelling.parts;
            if (!startsWith(segments, from, parts)) {
                continue;
            }
            int next = from + parts.length;
            if (field.special()) {
                return INSTANCE_TYPES;
            }
            String base = prefix + field.modelPath;
            if (field.shape == EssSchema.Shape.LEAF) {
                if (next == segments.length) {
                    return base;
                }
                continue;
            }
            if (next == segments.length) {
                return base;
            }
            int index = index(segments[next]);
            if (index < 0) {
                return base;
            }
            String item = base + "[" + index + "]";
            if (next + 1 == segments.length) {
                return item;
            }
            if (field.shape == EssSchema.Shape.VALUE_LIST) {
                continue;
            }
            String inner = path(field.element, segments, next + 1, item + ".");
            return inner != null ? inner : item;
        }
        return null;
    }

    private static boolean startsWith(String[] segments, int from, String[] parts) {
        if (segments.length - from < parts.length) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!segments[from + i].equals(parts[i])) {
                return false;
            }
        }
        return true;
    }

    /** The 0-based index of a 1-based wire index of 1 to 9 digits, or -1. */
    private static int index(String text) {
        if (text.isEmpty() || text.length() > 9 || text.charAt(0) == '0') {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(text) - 1;
    }

    /**
     * Returns the root parameter a parameter belongs to, for grouping whole lists: {@code DataDisk}
     * for {@code DataDisk.2.Size} ({@code DataDisks} for {@code DataDisks.2.Size}),
     * {@code SystemDisk.Size} for itself, and {@link #INSTANCE_GROUP} for any instance-type
     * parameter.
     */
    static String group(String parameter) {
        String[] segments = parameter.split("\\.", -1);
        for (EssSchema.Spelling spelling : EssSchema.ROOT.startingWith(segments[0])) {
            if (!startsWith(segments, 0, spelling.parts)) {
                continue;
            }
            EssSchema.Field field = spelling.field;
            if (field.special()) {
                return INSTANCE_GROUP;
            }
            if (field.shape == EssSchema.Shape.LEAF) {
                if (spelling.parts.length == segments.length) {
                    return parameter;
                }
                continue;
            }
            return String.join(".", spelling.parts);
        }
        return parameter;
    }

    /**
     * Returns a key that orders parameters as {@link EssCodec} writes them (the order of the API
     * reference): the position of each field in its scope, then each list index. Parameters that
     * are not in the table come last.
     */
    static int[] orderKey(String parameter) {
        List<Integer> key = new ArrayList<>();
        if (!orderKey(EssSchema.ROOT, parameter.split("\\.", -1), 0, key)) {
            key.clear();
            key.add(Integer.MAX_VALUE);
        }
        return key.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean orderKey(EssSchema.Scope scope, String[] segments, int from, List<Integer> key) {
        if (from >= segments.length) {
            return false;
        }
        for (EssSchema.Spelling spelling : scope.startingWith(segments[from])) {
            EssSchema.Field field = spelling.field;
            if (!startsWith(segments, from, spelling.parts)) {
                continue;
            }
            int next = from + spelling.parts.length;
            int size = key.size();
            key.add(scope.fields.indexOf(field));
            if (field.shape == EssSchema.Shape.LEAF) {
                if (next == segments.length) {
                    return true;
                }
            } else if (next < segments.length && index(segments[next]) >= 0) {
                key.add(index(segments[next]));
                if (next + 1 == segments.length
                        || (field.shape == EssSchema.Shape.OBJECT_LIST
                                && orderKey(field.element, segments, next + 1, key))) {
                    return true;
                }
            }
            key.subList(size, key.size()).clear();
        }
        return false;
    }

    /** The group of every instance-type parameter. */
    static final String INSTANCE_GROUP = "$instanceTypes";
}
