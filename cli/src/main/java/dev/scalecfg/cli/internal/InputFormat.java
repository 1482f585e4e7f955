package dev.scalecfg.cli.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** The formats a scaling configuration file may be written in. */
public enum InputFormat {
    /** The canonical JSON document of {@code ScalingConfiguration}. */
    JSON("json"),
    /** A JSON object of ESS API parameters, such as {@code {"ImageId": "...", "InstanceTypes.1": "..."}}. */
    ESS("ess"),
    /** A text file holding an {@code aliyun ess CreateScalingConfiguration --Name value ...} command. */
    ALIYUN_CLI("aliyun-cli");

    private final String optionValue;

    InputFormat(String optionValue) {
        this.optionValue = optionValue;
    }

    /**
     * Returns the spelling used on the command line.
     *
     * @return {@code json}, {@code ess} or {@code aliyun-cli}
     */
    public String optionValue() {
        return optionValue;
    }

    /** Converts a command-line value, with a message listing the accepted values. */
    public static final class Converter implements CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            for (InputFormat format : values()) {
                if (format.optionValue.equals(value.toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a format; expected one of "
                    + Arrays.stream(values()).map(InputFormat::optionValue).collect(Collectors.joining(", ")));
        }
    }
}
