package dev.scalecfg.validation;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.Shown;
import java.io.Closeable;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Organisation rules loaded from jars: every {@link Rule} a jar registers in
 * {@code META-INF/services/dev.scalecfg.validation.Rule} (the {@link ServiceLoader} convention), each
 * with the jar it came from. The command line's {@code --rules PATH} uses it; an application gets the
 * same behaviour with {@link #load(Path, List)} and {@link #addTo(RuleChain.Builder)}.
 *
 * <p>A path is a jar, or a directory whose {@code *.jar} files (not those of its subdirectories) are
 * loaded in name order; a jar in a directory may declare no rule (a library the rules need), but
 * a jar given itself, or a directory as a whole, must declare at least one. All jars share one class
 * loader whose parent is the validator's, so a rule may use classes of any of them. A jar reached
 * twice (given itself and in its directory) is loaded once.
 *
 * <p>Every failure is a {@link RuleJarException} naming the jar: a missing path, a file that is not
 * a jar, a provider class that is missing, is not a {@link Rule} or has no public no-argument
 * constructor, a constructor or {@link Rule#id()} that throws, two rules with one ID. A loaded rule
 * that throws while checking a configuration (the {@link Rule} contract forbids it) also fails with a
 * {@link RuleJarException} naming its jar; the exception's message is not repeated, because it may
 * quote the configuration.
 *
 * <pre>{@code
 * try (RuleJars jars = RuleJars.load(Path.of(""), List.of(Path.of("tools/org-rules.jar")))) {
 *     RuleChain chain = jars.addTo(RuleChain.builder().addDefaults()).build();
 *     chain.validate(config).throwIfInvalid();
 * }
 * }</pre>
 *
 * <p>Close it when the rules are no longer used: that closes the jars.
 *
 * @since 0.2.0
 */
public final class RuleJars implements Closeable {
    private static final String SERVICES = "META-INF/services/" + Rule.class.getName();

    private final URLClassLoader loader;
    private final Map<Rule, Path> origins;

    private RuleJars(URLClassLoader loader, Map<Rule, Path> origins) {
        this.loader = loader;
        this.origins = Collections.unmodifiableMap(origins);
    }

    /**
     * Loads the rules of the given jars and directories of jars.
     *
     * @param baseDirectory the directory relative paths are resolved against
     * @param paths the jars and directories, as given (messages and origins show them so)
     * @return the loaded rules
     * @throws RuleJarException naming the jar, at the first one that cannot be used
     */
    public static RuleJars load(Path baseDirectory, List<Path> paths) {
        List<Jar> jars = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Path given : paths) {
            for (Jar jar : expand(baseDirectory, given)) {
                // a jar given twice (itself and in its directory, say) is loaded once
                if (seen.add(jar.url().toString())) {
                    jars.add(jar);
                }
            }
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = jars.get(i).url();
        }
        URLClassLoader loader = new URLClassLoader("scalecfg-rule-jars", urls, RuleJars.class.getClassLoader());
        try {
            Map<Rule, Path> origins = new LinkedHashMap<>();
            Map<String, Path> ids = new LinkedHashMap<>();
            for (Jar jar : jars) {
                if (jar.services() != null) {
                    for (Rule rule : instantiate(jar, loader)) {
                        Path other = ids.putIfAbsent(rule.id(), jar.shown());
                        if (other != null) {
                            throw new RuleJarException(jar.shown(), "rule '" + Shown.text(rule.id())
                                    + "' has the same ID as a rule of " + other + "; rule IDs must be unique", null);
                        }
                        origins.put(rule, jar.shown());
                    }
                }
            }
            return new RuleJars(loader, origins);
        } catch (RuntimeException | Error failed) {
            closeQuietly(loader);
            throw failed;
        }
    }

    /**
     * Returns the loaded rules, in the order of the paths and then of each jar's services file.
     *
     * @return the rules, unmodifiable
     */
    public List<Rule> getRules() {
        return List.copyOf(origins.keySet());
    }

    /**
     * Returns the jar a loaded rule came from.
     *
     * @param rule a rule
     * @return the jar as given (inside a given directory: the directory and the jar's name), empty for
     *     a rule not loaded here
     */
    public Optional<Path> originOf(Rule rule) {
        return Optional.ofNullable(origins.get(rule));
    }

    /**
     * Appends the loaded rules to a chain.
     *
     * @param builder the chain so far, such as {@code RuleChain.builder().addDefaults()}
     * @return the same builder
     * @throws RuleJarException when a rule's ID is already in the chain
     */
    public RuleChain.Builder addTo(RuleChain.Builder builder) {
        for (Map.Entry<Rule, Path> entry : origins.entrySet()) {
            try {
                builder.add(entry.getKey());
            } catch (IllegalArgumentException duplicate) {
                String id = entry.getKey().id();
                boolean builtIn = BuiltInRules.all().stream().anyMatch(rule -> rule.id().equals(id));
                throw new RuleJarException(entry.getValue(), "rule '" + Shown.text(id) + "' has the ID of "
                        + (builtIn ? "a built-in rule" : "a rule already in the chain") + "; rule IDs must be unique",
                        duplicate);
            }
        }
        return builder;
    }

    /** Closes the jars; the rules must not be used afterwards. */
    @Override
    public void close() {
        closeQuietly(loader);
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException ignored) {
            // nothing to do: the jars were only read
        }
    }

    /**
     * One jar: as shown to the user, its URL, and the URL of its services file (null when it has none).
     */
    private record Jar(Path shown, URL url, URL services) {}

    private static List<Jar> expand(Path baseDirectory, Path given) {
        Path path = baseDirectory.resolve(given);
        if (Files.isDirectory(path)) {
            List<Path> names;
            try (Stream<Path> listing = Files.list(path)) {
                names = listing.filter(file -> file.getFileName().toString().endsWith(".jar"))
                        .filter(Files::isRegularFile).map(Path::getFileName).sorted().toList();
            } catch (IOException | RuntimeException unreadable) {
                throw new RuleJarException(given, "cannot list the directory (" + unreadable.getClass().getSimpleName()
                        + ")", unreadable);
            }
            if (names.isEmpty()) {
                throw new RuleJarException(given, "is a directory without any .jar file", null);
            }
            List<Jar> jars = new ArrayList<>();
            for (Path name : names) {
                jars.add(open(given.resolve(name), path.resolve(name)));
            }
            if (jars.stream().allMatch(jar -> jar.services() == null)) {
                throw new RuleJarException(given, "no jar in the directory declares a rule (" + SERVICES + ")", null);
            }
            return jars;
        }
        if (!Files.exists(path)) {
            throw new RuleJarException(given, "no such file or directory", null);
        }
        Jar jar = open(given, path);
        if (jar.services() == null) {
            throw new RuleJarException(given, "declares no rule: the jar has no " + SERVICES
                    + " (put a jar of classes the rules need in a directory with the rule jar and give the directory)",
                    null);
        }
        return List.of(jar);
    }

    private static Jar open(Path shown, Path path) {
        boolean declares;
        try (JarFile jar = new JarFile(path.toFile())) {
            declares = jar.getEntry(SERVICES) != null;
        } catch (IOException | RuntimeException notAJar) {
            throw new RuleJarException(shown, "is not a readable jar file (" + notAJar.getClass().getSimpleName()
                    + (notAJar.getMessage() == null ? "" : ": " + Shown.text(notAJar.getMessage())) + ")", notAJar);
        }
        try {
            URI uri = path.toAbsolutePath().normalize().toUri();
            URL services = declares ? URI.create("jar:" + uri + "!/" + SERVICES).toURL() : null;
            return new Jar(shown, uri.toURL(), services);
        } catch (MalformedURLException | IllegalArgumentException invalid) {
            throw new RuleJarException(shown, "cannot be turned into a URL", invalid);
        }
    }

    /** Instantiates the rules one jar declares, through ServiceLoader, with its services file alone in view. */
    private static List<Rule> instantiate(Jar jar, URLClassLoader all) {
        ServiceLoader<Rule> services = ServiceLoader.load(Rule.class, new OneJar(all, jar.services()));
        Iterator<Rule> iterator = services.iterator();
        List<Rule> rules = new ArrayList<>();
        while (true) {
            Rule loaded;
            try {
                if (!iterator.hasNext()) {
                    return rules;
                }
                loaded = iterator.next();
            } catch (ServiceConfigurationError | LinkageError broken) {
                throw new RuleJarException(jar.shown(), describe(broken), broken);
            }
            rules.add(PluginRule.of(loaded, jar.shown()));
        }
    }

    private static String describe(Throwable broken) {
        String message = String.valueOf(broken.getMessage());
        String prefix = Rule.class.getName() + ": ";
        if (message.startsWith(prefix)) {
            message = message.substring(prefix.length());
        }
        StringBuilder text = new StringBuilder("cannot load a rule: ");
        if (broken instanceof LinkageError) {
            text.append(broken.getClass().getSimpleName()).append(' ');
        }
        text.append(Shown.text(message));
        Throwable cause = broken instanceof ServiceConfigurationError ? broken.getCause() : null;
        if (cause != null) {
            text.append(" (").append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(Shown.text(cause.getMessage()));
            }
            text.append(')');
        }
        return text.toString();
    }

    /** Shows ServiceLoader one jar's services file; classes come from the loader of every jar. */
    private static final class OneJar extends ClassLoader {
        private final URL services;

        OneJar(ClassLoader all, URL services) {
            super(all);
            this.services = services;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return SERVICES.equals(name) ? Collections.enumeration(List.of(services)) : super.getResources(name);
        }
    }

    /**
     * A loaded rule: its ID and codes read once, and a failure while checking reported as a
     * {@link RuleJarException} naming the jar, without the exception's message.
     */
    private static final class PluginRule implements Rule {
        private final Rule delegate;
        private final String id;
        private final List<ViolationCode> codes;
        private final Path jar;

        private PluginRule(Rule delegate, String id, List<ViolationCode> codes, Path jar) {
            this.delegate = delegate;
            this.id = id;
            this.codes = codes;
            this.jar = jar;
        }

        static PluginRule of(Rule rule, Path jar) {
            String name = rule.getClass().getName();
            String id;
            List<ViolationCode> codes;
            try {
                id = rule.id();
                List<ViolationCode> declared = rule.codes();
                codes = declared == null ? null : List.copyOf(declared);
            } catch (RuntimeException | LinkageError failed) {
                throw new RuleJarException(jar, "rule " + name + " failed to give its ID or codes ("
                        + failed.getClass().getSimpleName() + ")", failed);
            }
            if (id == null || id.isBlank()) {
                throw new RuleJarException(jar, "rule " + name + " has no ID: id() returned "
                        + (id == null ? "null" : "a blank string"), null);
            }
            if (codes == null) {
                throw new RuleJarException(jar, "rule " + name + ": codes() returned null; return an empty list", null);
            }
            return new PluginRule(rule, id, codes, jar);
        }

        @Override
        public List<Violation> check(ScalingConfiguration configuration, ValidationContext context) {
            List<Violation> found;
            try {
                found = delegate.check(configuration, context);
            } catch (RuntimeException | LinkageError failed) {
                throw new RuleJarException(jar, "rule '" + Shown.text(id) + "' failed while checking a configuration: it"
                        + " threw " + failed.getClass().getName() + " (its message is not shown: it may quote the"
                        + " configuration)", failed);
            }
            if (found == null) {
                throw new RuleJarException(jar, "rule '" + Shown.text(id) + "' returned null instead of a list", null);
            }
            return found;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public List<ViolationCode> codes() {
            return codes;
        }

        @Override
        public String toString() {
            return "Rule[" + id + " from " + jar + "]";
        }
    }
}
