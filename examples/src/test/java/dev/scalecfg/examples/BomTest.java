package dev.scalecfg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM has no parent (users import it without the build's set-up), so it repeats two
 * properties of the root pom; they must agree, or users would import versions that do not exist.
 */
final class BomTest {
    private static final Path ROOT = Path.of("..");

    private static String property(Path pom, String name) throws IOException {
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(pom));
        assertThat(value.find()).as("%s defines <%s>", pom, name).isTrue();
        return value.group(1);
    }

    @Test
    void bomPropertiesEqualTheRootPom() throws IOException {
        for (String name : new String[] {"revision", "quicktheories.version"}) {
            assertThat(property(ROOT.resolve("bom/pom.xml"), name)).as(name)
                    .isEqualTo(property(ROOT.resolve("pom.xml"), name));
        }
    }

    @Test
    void bomPinsEveryLibraryModule() throws IOException {
        String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
        for (String module : new String[] {"core", "validation", "launcher", "interop", "testkit"}) {
            assertThat(bom).contains("<artifactId>scalecfg-" + module + "</artifactId>");
        }
    }
}
