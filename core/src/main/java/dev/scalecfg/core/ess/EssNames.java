package dev.scalecfg.core.ess;

import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps model property paths to ESS parameter names, from the table in {@link EssSchema}. */
final class EssNames {
    private static final Pattern CONTAINER_NODE = Pattern.compile("<[^>]*>");
    private static final Pattern TOKEN = Pattern.compile("([^.\\[\\]]+)|\\[([^\\]]*)\\]");

    private EssNames() {}

    /** A path token: a property name or an index (then {@code name} is null). */
    private static final class Token {
        final String name;
        final String index;

        Token(String name, String index) {
            this.name = name;
            this.index = index;
        }

        int number() {
            try {
                return index == null ? -1 : Integer.parseInt(index.trim());
            } catch (NumberFormatException notNumber) {
                return -1;
            }
        }
    }

    static Optional<String> parameterName(ScalingConfiguration config, String modelPath, ApiVersion version) {
        String cleaned = CONTAINER_NODE.matcher(modelPath).replaceAll("");
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(cleaned);
        while (matcher.find()) {
            tokens.add(new Token(matcher.group(1), matcher.group(1) == null ? matcher.group(2) : null));
        }
        if (tokens.isEmpty() || tokens.get(0).name == null) {
            return Optional.empty();
        }
        if ("instanceTypes".equals(tokens.get(0).name)) {
            return Optional.of(instanceTypeName(config, tokens, version));
        }
        return Optional.ofNullable(name(EssSchema.ROOT, tokens, 0, "", version));
    }

    private static String name(EssSchema.Scope scope, List<Token> tokens, int from, String prefix,
            ApiVersion version) {
        List<String> partial = new ArrayList<>();
        for (EssSchema.Field field : scope.fields) {
            if (field.special()) {
                continue;
            }
            List<String> names = field.modelSegments();
            int matched = 0;
            while (matched < names.size() && from + matched < tokens.size()
                    && names.get(matched).equals(tokens.get(from + matched).name)) {
                matched++;
            }
            String wire = prefix + field.wire(version);
            if (matched < names.size()) {
                if (from + matched == tokens.size() && matched > 0) {
                    partial.add(wire); // the path names an object holding this field
                }
                continue;
            }
            int next = from + names.size();
            if (field.shape == EssSchema.Shape.LEAF || next == tokens.size()) {
                return wire;
            }
            int index = tokens.get(next).number();
            if (index < 0) {
                return wire;
            }
            String element = wire + "." + (index + 1);
            if (field.shape == EssSchema.Shape.VALUE_LIST || next + 1 == tokens.size()) {
                return element;
            }
            return name(field.element, tokens, next + 1, element + ".", version);
        }
        return commonPrefix(partial);
    }

    private static String commonPrefix(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        String[] common = names.get(0).split("\\.");
        int length = common.length;
        for (String name : names) {
            String[] parts = name.split("\\.");
            int same = 0;
            while (same < Math.min(length, parts.length) && parts[same].equals(common[same])) {
                same++;
            }
            length = same;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        if (length == 0) {
            return null;
        }
        return String.join(".", java.util.Arrays.copyOf(common, length));
    }

    private static String instanceTypeName(ScalingConfiguration config, List<Token> tokens, ApiVersion version) {
        EssSchema.Field plain = EssSchema.byModelPath(EssSchema.ROOT, EssSchema.INSTANCE_TYPES);
        EssSchema.Field overrides = EssSchema.byModelPath(EssSchema.ROOT, EssSchema.OVERRIDES);
        EssSchema.Field spot = EssSchema.byModelPath(EssSchema.ROOT, EssSchema.SPOT_PRICE_LIMITS);
        List<InstanceTypeSpec> types = config == null ? List.of() : config.getInstanceTypes();
        if (tokens.size() == 1 || tokens.get(1).number() < 0) {
            boolean allWeighted = !types.isEmpty()
                    && types.stream().allMatch(type -> type.getWeightedCapacity().isPresent());
            return (allWeighted ? overrides : plain).wire(version);
        }
        int index = tokens.get(1).number();
        String property = tokens.size() > 2 ? tokens.get(2).name : null;
        boolean known = index < types.size();
        if ("spotPriceLimit".equals(property)) {
            int position = known ? countBefore(types, index, Kind.SPOT) : index;
            return spot.wire(version) + "." + (position + 1) + "."
                    + EssSchema.byModelPath(spot.element, "priceLimit").wire(version);
        }
        boolean weighted = "weightedCapacity".equals(property)
                || known && types.get(index).getWeightedCapacity().isPresent();
        if (weighted) {
            int position = known ? countBefore(types, index, Kind.WEIGHTED) : index;
            String element = overrides.wire(version) + "." + (position + 1);
            if (property == null) {
                return element;
            }
            String sub = "weightedCapacity".equals(property) ? "weightedCapacity" : "instanceType";
            return element + "." + EssSchema.byModelPath(overrides.element, sub).wire(version);
        }
        int position = known ? countBefore(types, index, Kind.UNWEIGHTED) : index;
        return plain.wire(version) + "." + (position + 1);
    }

    private enum Kind {
        SPOT, WEIGHTED, UNWEIGHTED
    }

    private static int countBefore(List<InstanceTypeSpec> types, int index, Kind kind) {
        int count = 0;
        for (int i = 0; i < index; i++) {
            InstanceTypeSpec type = types.get(i);
            boolean counts = kind == Kind.SPOT ? type.getSpotPriceLimit().isPresent()
                    : kind == Kind.WEIGHTED ? type.getWeightedCapacity().isPresent()
                    : type.getWeightedCapacity().isEmpty();
            if (counts) {
                count++;
            }
        }
        return count;
    }
}
