package dev.scalecfg.cli.internal;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the settings and the organisation rules come from: {@code validate}, {@code preview}, {@code rules}. */
public final class SettingsOptions {
    @Option(names = "--settings", paramLabel = "FILE",
            description = "Settings file to use instead of the .scalecfg.json found in the current directory or its"
                    + " parents (up to the repository root).")
    String settingsFile;

    @Option(names = "--no-settings", description = "Use no settings file, not even a .scalecfg.json found.")
    boolean noSettings;

    @Option(names = "--rules", paramLabel = "PATH",
            description = "A jar of organisation rules (META-INF/services/dev.scalecfg.validation.Rule), or a"
                    + " directory of such jars; repeatable, added to the settings file's rules.")
    List<String> rules = new ArrayList<>();

    /**
     * Returns the settings file given with {@code --settings}.
     *
     * @return the name as given, or null
     */
    public String settingsFile() {
        return settingsFile;
    }

    /**
     * Tells whether {@code --no-settings} was given.
     *
     * @return true to use no settings file
     */
    public boolean noSettings() {
        return noSettings;
    }

    /**
     * Returns the {@code --rules} paths.
     *
     * @return the paths as given, never null
     */
    public List<String> rules() {
        return rules;
    }
}
