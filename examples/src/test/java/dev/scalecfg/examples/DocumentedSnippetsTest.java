package dev.scalecfg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java snippets of docs/testkit.md compile exactly as shown, with the artifacts a user adds: a
 * complete class compiles as is and its {@code @Test} methods run green; a fragment compiles inside a
 * method, with the packages of the library imported.
 */
final class DocumentedSnippetsTest {
    private static final Path PAGE = Path.of("..", "docs", "testkit.md");
    private static final Pattern JAVA = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("(?m)^(?:public |final )*class (\\w+)");
    private static final String FRAGMENT_IMPORTS = "import dev.scalecfg.core.*;\nimport dev.scalecfg.testkit.*;\n"
            + "import dev.scalecfg.validation.*;\n";

    @TempDir
    Path dir;

    static List<String> snippets() throws IOException {
        List<String> found = new ArrayList<>();
        Matcher block = JAVA.matcher(Files.readString(PAGE));
        while (block.find()) {
            found.add(block.group(1));
        }
        return found;
    }

    @Test
    void everyTestkitSnippet_compilesAsShown_andItsTestsPass() throws Exception {
        List<String> snippets = snippets();
        assertThat(snippets).hasSizeGreaterThanOrEqualTo(2);
        List<String> testClasses = new ArrayList<>();
        List<File> sources = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            String snippet = snippets.get(i);
            Matcher type = CLASS.matcher(snippet);
            String name;
            String unit;
            if (snippet.contains("import ") && type.find()) {
                name = type.group(1);
                unit = snippet;
                if (snippet.contains("@Test")) {
                    testClasses.add(name);
                }
            } else {
                name = "Fragment" + i;
                unit = FRAGMENT_IMPORTS + "class " + name + " {\n    void run() {\n" + snippet + "    }\n}\n";
            }
            Path source = dir.resolve(name + ".java");
            Files.writeString(source, unit);
            sources.add(source.toFile());
        }

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        String classPath = System.getProperty("java.class.path") + File.pathSeparator
                + System.getProperty("jdk.module.path", "");
        boolean compiled = compiler.getTask(diagnostics, null, null,
                List.of("-proc:none", "-d", dir.toString(), "-cp", classPath),
                null, compiler.getStandardFileManager(null, null, null).getJavaFileObjectsFromFiles(sources)).call();
        assertThat(compiled).as(diagnostics.toString()).isTrue();

        assertThat(testClasses).isNotEmpty();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            for (String name : testClasses) {
                Class<?> type = loader.loadClass(name);
                Constructor<?> constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                Object instance = constructor.newInstance();
                int run = 0;
                for (Method method : type.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(Test.class)) {
                        method.setAccessible(true);
                        method.invoke(instance);
                        run++;
                    }
                }
                assertThat(run).as(name).isPositive();
            }
        }
    }
}
