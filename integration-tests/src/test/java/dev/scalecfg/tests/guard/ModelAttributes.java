package dev.scalecfg.tests.guard;

import dev.scalecfg.core.ScalingConfiguration;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The leaf attributes of the model, found by reflection from {@link ScalingConfiguration}: every
 * abstract JavaBeans getter of a value type in {@code dev.scalecfg.core}, descending into nested value
 * types, {@code Optional}s and lists. A path names list elements with {@code []}, such as
 * {@code dataDisks[].size}; a map ({@code tags}) is a leaf.
 */
final class ModelAttributes {

    /** One leaf attribute: its path and the getters from the root to it. */
    record Attribute(String path, List<Method> getters) {

        /** The path without list markers, as validation paths look once their indexes are dropped. */
        String plainPath() {
            return path.replace("[]", "");
        }

        /**
         * Returns the model path of the first place where this configuration sets the attribute, such
         * as {@code dataDisks[2].size}.
         */
        Optional<String> firstSetPath(ScalingConfiguration config) {
            return firstSet(config, 0, "");
        }

        private Optional<String> firstSet(Object owner, int depth, String prefix) {
            Method getter = getters.get(depth);
            String name = prefix + (prefix.isEmpty() ? "" : ".") + name(getter);
            Object value = unwrap(invoke(getter, owner));
            if (value == null) {
                return Optional.empty();
            }
            boolean last = depth == getters.size() - 1;
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    String element = name + "[" + i + "]";
                    Optional<String> found = last ? Optional.of(element) : firstSet(list.get(i), depth + 1, element);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            }
            if (value instanceof Map<?, ?> map) {
                return map.isEmpty() ? Optional.empty() : Optional.of(name);
            }
            return last ? Optional.of(name) : firstSet(value, depth + 1, name);
        }
    }

    private ModelAttributes() {}

    /** Every leaf attribute of the model, sorted by path. */
    static List<Attribute> all() {
        List<Attribute> out = new ArrayList<>();
        walk(ScalingConfiguration.class, "", List.of(), out);
        out.sort(Comparator.comparing(Attribute::path));
        return out;
    }

    private static void walk(Class<?> type, String prefix, List<Method> chain, List<Attribute> out) {
        for (Method getter : type.getMethods()) {
            if (!isAttribute(getter)) {
                continue;
            }
            List<Method> next = new ArrayList<>(chain);
            next.add(getter);
            String path = prefix + name(getter);
            Type valueType = getter.getGenericReturnType();
            if (raw(valueType) == Optional.class) {
                valueType = argument(valueType, 0);
            }
            if (raw(valueType) == List.class) {
                path += "[]";
                valueType = argument(valueType, 0);
            }
            Class<?> element = raw(valueType);
            if (isValueType(element)) {
                walk(element, path + ".", next, out);
            } else {
                out.add(new Attribute(path, List.copyOf(next)));
            }
        }
    }

    /**
     * A JavaBeans getter of a value interface: an attribute, abstract or with a default
     * ({@code @Value.Default getImage()}); the model's helper methods have no get/is prefix.
     */
    private static boolean isAttribute(Method method) {
        return !Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
                && method.getDeclaringClass().isInterface()
                && method.getDeclaringClass().getPackageName().equals("dev.scalecfg.core")
                && (method.getName().startsWith("get") || method.getName().startsWith("is"));
    }

    /** A nested value type of the model: an interface of dev.scalecfg.core with attributes of its own. */
    private static boolean isValueType(Class<?> type) {
        if (!type.isInterface() || !type.getPackageName().equals("dev.scalecfg.core")) {
            return false;
        }
        for (Method method : type.getMethods()) {
            if (isAttribute(method)) {
                return true;
            }
        }
        return false;
    }

    static String name(Method getter) {
        String name = getter.getName();
        String bare = name.startsWith("is") ? name.substring(2) : name.substring(3);
        return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    /** An Optional's value or null, a collection as is, anything else as is. */
    private static Object unwrap(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.orElse(null);
        }
        if (value instanceof Collection<?> collection && !(value instanceof List<?>)) {
            return List.copyOf(collection);
        }
        return value;
    }

    private static Object invoke(Method getter, Object owner) {
        try {
            return getter.invoke(owner);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }
}
