package dev.scalecfg.core.ess;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.ScalingConfiguration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the text of an {@code aliyun ess CreateScalingConfiguration} command, as written in shell
 * scripts, into ESS API parameters.
 *
 * <pre>{@code
 * String script = String.join("\n",
 *     "#!/bin/sh",
 *     "# web tier",
 *     "aliyun ess CreateScalingConfiguration --region cn-hangzhou \\",
 *     "  --ScalingGroupId asg-bp14wlu85wrpchm0xxxx \\",
 *     "  --ImageId=aliyun_3_x64_20G_alibase_20240819.vhd \\",
 *     "  --InstanceTypes.1 ecs.g7.large \\",
 *     "  --Tags '{\"env\":\"prod\"}'");
 * ScalingConfiguration config = AliyunCommandLine.read(script);
 * }</pre>
 *
 * <p>Shell syntax understood: single quotes (literal), double quotes (with {@code \"}, {@code \\},
 * {@code \$} and {@code \`} escapes), backslash escapes, backslash-newline continuations,
 * {@code #} comments, blank lines, and redirections such as {@code > out.json} (ignored). The text
 * must hold exactly one command. Shell expansions ({@code $VAR}, {@code $(...)}, backticks) cannot
 * be performed and are reported as errors.
 *
 * <p>Flags: {@code --Name value} and {@code --Name=value}. A flag whose name starts with an
 * upper-case letter is an API parameter ({@code --DataDisk.1.Size 40}). Flags starting with a
 * lower-case letter are options of the aliyun CLI itself:
 * <ul>
 *   <li>{@code --region} sets {@code RegionId} unless {@code --RegionId} is given too (which wins);</li>
 *   <li>{@code --version} must name an ESS API version ({@code 2014-08-28} or {@code 2022-02-22});
 *       the parameters of either version are read anyway;</li>
 *   <li>options about credentials, endpoints, output and retries ({@code --profile}, {@code -p},
 *       {@code --endpoint}, {@code --access-key-id}, {@code --output}, {@code --read-timeout},
 *       {@code --force}, {@code --quiet}, {@code --dryrun}, …) are accepted and ignored; the
 *       table form {@code --output cols=A,B rows=X[]} and {@code --waiter expr=… to=…} take
 *       several {@code key=value} words;</li>
 *   <li>any other lower-case flag is an error.</li>
 * </ul>
 *
 * <p>Errors (a command other than {@code aliyun ess CreateScalingConfiguration}, an unterminated
 * quote, a flag without a value, a flag given twice, a stray argument) are collected and thrown as
 * one {@link ConfigFormatException} with line and column. Secrets given with {@code --Password}
 * or {@code --UserData} never appear in messages.
 *
 * @since 0.1.0
 */
public final class AliyunCommandLine {
    private static final String PRODUCT = "ess";
    private static final String API = "CreateScalingConfiguration";

    /** aliyun CLI options that take a value. */
    private static final Set<String> VALUE_OPTIONS = Set.of("profile", "p", "region", "endpoint", "version",
            "read-timeout", "connect-timeout", "retry-count", "output", "o", "waiter", "header", "config-path",
            "mode", "access-key-id", "access-key-secret", "sts-token", "sts-region", "ram-role-name",
            "ram-role-arn", "role-session-name", "private-key", "key-pair-name", "language", "endpoint-type",
            "method", "user-agent", "expired-seconds", "process-command", "oidc-provider-arn", "oidc-token-file",
            "external-id", "source-profile");
    /** aliyun CLI options that take no value. */
    private static final Set<String> SWITCH_OPTIONS = Set.of("force", "secure", "insecure", "quiet", "q",
            "dryrun", "help", "pager", "skip-secure-verify", "log-level");

    private AliyunCommandLine() {}

    /**
     * Reads a configuration from the text of an aliyun command.
     *
     * @param commandLine the command, possibly with comments, blank lines and continuations
     * @return the configuration
     * @throws ConfigFormatException listing every mistake in the command line and in the
     *     parameters; parameter errors carry the line and column of their flag
     */
    public static ScalingConfiguration read(String commandLine) {
        Map<String, ShellWords.Word> positions = new HashMap<>();
        Map<String, String> parameters = parse(commandLine, positions);
        try {
            return EssParameters.fromParameters(parameters);
        } catch (ConfigFormatException failure) {
            List<FormatError> located = new ArrayList<>();
            for (FormatError error : failure.getErrors()) {
                ShellWords.Word flag = positions.get(error.location());
                located.add(flag == null ? error : FormatError.at(error.location(), flag.line, flag.column,
                        error.value().orElse(null), error.message()));
            }
            throw new ConfigFormatException(located);
        }
    }

    /**
     * Parses the text of an aliyun command into ESS API parameters, without checking the parameter
     * names or values (see {@link EssParameters#fromParameters(Map)}).
     *
     * @param commandLine the command, possibly with comments, blank lines and continuations
     * @return the parameters in the order of the command line
     * @throws ConfigFormatException if the text is not one {@code aliyun ess CreateScalingConfiguration}
     *     command with well-formed flags
     */
    public static Map<String, String> parse(String commandLine) {
        return parse(commandLine, new HashMap<>());
    }

    private static Map<String, String> parse(String commandLine, Map<String, ShellWords.Word> positions) {
        Objects.requireNonNull(commandLine, "commandLine");
        List<FormatError> errors = new ArrayList<>();
        List<List<ShellWords.Word>> commands = ShellWords.split(commandLine, errors);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (commands.isEmpty()) {
            if (errors.isEmpty()) {
                errors.add(FormatError.of(ShellWords.LOCATION, null,
                        "is empty; expected an aliyun ess CreateScalingConfiguration command"));
            }
            throw new ConfigFormatException(errors);
        }
        for (List<ShellWords.Word> extra : commands.subList(1, commands.size())) {
            ShellWords.Word first = extra.get(0);
            errors.add(FormatError.at(ShellWords.LOCATION, first.line, first.column, first.text,
                    "starts a second command; the text must hold exactly one aliyun ess CreateScalingConfiguration "
                            + "command"));
        }
        List<ShellWords.Word> words = commands.get(0);
        ShellWords.Word program = words.get(0);
        boolean isAliyun = program.text.equals("aliyun") || program.text.endsWith("/aliyun");
        if (!isAliyun || words.size() < 3 || !words.get(1).text.toLowerCase(Locale.ROOT).equals(PRODUCT)
                || !words.get(2).text.equals(API)) {
            String found = String.join(" ", words.subList(0, Math.min(3, words.size())).stream()
                    .map(word -> word.text).toArray(String[]::new));
            errors.add(FormatError.at(ShellWords.LOCATION, program.line, program.column, found,
                    "is not an aliyun ess CreateScalingConfiguration command"));
            throw new ConfigFormatException(errors);
        }
        String region = null;
        ShellWords.Word regionFlag = null;
        for (int i = 3; i < words.size(); i++) {
            ShellWords.Word word = words.get(i);
            String text = word.text;
            if (!text.startsWith("-") || text.equals("-") || text.equals("--")) {
                errors.add(FormatError.at(ShellWords.LOCATION, word.line, word.column, null,
                        "has an argument without a flag; write --Name value or --Name=value"));
                continue;
            }
            String flag = text.startsWith("--") ? text.substring(2) : text.substring(1);
            String value = null;
            int equals = flag.indexOf('=');
            if (equals >= 0) {
                value = flag.substring(equals + 1);
                flag = flag.substring(0, equals);
            }
            String location = "--" + flag;
            boolean option = !flag.isEmpty() && !Character.isUpperCase(flag.charAt(0));
            if (option && SWITCH_OPTIONS.contains(flag)) {
                continue;
            }
            if (option && !VALUE_OPTIONS.contains(flag)) {
                errors.add(FormatError.at(location, word.line, word.column, null,
                        "is not an option of the aliyun CLI nor a parameter of CreateScalingConfiguration "
                                + "(parameters start with an upper-case letter, such as --ImageId)"));
                if (value == null && i + 1 < words.size() && !words.get(i + 1).text.startsWith("--")) {
                    i++; // its value
                }
                continue;
            }
            if (value == null) {
                if (i + 1 < words.size() && !words.get(i + 1).text.startsWith("--")) {
                    value = words.get(++i).text;
                } else {
                    errors.add(FormatError.at(location, word.line, word.column, null,
                            "has no value; write " + location + " value or " + location + "=value"));
                    continue;
                }
            }
            if (option) {
                // --output cols=A,B rows=X[] and --waiter expr=... to=... take several key=value words
                while ((flag.equals("output") || flag.equals("o") || flag.equals("waiter")) && i + 1 < words.size()
                        && !words.get(i + 1).text.startsWith("-") && words.get(i + 1).text.contains("=")
                        && value.contains("=")) {
                    i++;
                }
                if (flag.equals("region")) {
                    region = value;
                    regionFlag = word;
                } else if (flag.equals("version")) {
                    try {
                        ApiVersion.fromString(value);
                    } catch (IllegalArgumentException unknown) {
                        errors.add(FormatError.at(location, word.line, word.column, value,
                                "is not an ESS API version; expected 2014-08-28 or 2022-02-22"));
                    }
                }
                continue;
            }
            if (parameters.containsKey(flag)) {
                errors.add(FormatError.at(location, word.line, word.column, null, "is given twice; give it once"));
                continue;
            }
            parameters.put(flag, value);
            positions.put(flag, word);
        }
        if (region != null && !parameters.containsKey("RegionId")) {
            parameters.put("RegionId", region);
            positions.put("RegionId", regionFlag);
        }
        if (!errors.isEmpty()) {
            throw new ConfigFormatException(errors);
        }
        return parameters;
    }
}
