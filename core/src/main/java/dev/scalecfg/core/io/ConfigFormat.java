package dev.scalecfg.core.io;

import java.util.Objects;

/**
 * A format a scaling configuration can be written in, named by the short id the command line's
 * {@code --format} option takes.
 *
 * <p>An open set: the constants below are the formats of {@code scalecfg-core}; other modules (such
 * as {@code scalecfg-interop} for Terraform and ROS) add theirs with {@link #of(String, String)}.
 * Two formats are equal when their ids are.
 *
 * @since 0.2.0
 */
public final class ConfigFormat {
    /** The canonical JSON document of {@code ScalingConfiguration}. */
    public static final ConfigFormat JSON = new ConfigFormat("json", "canonical JSON");
    /** A JSON object of ESS API parameters, such as {@code {"ImageId": "...", "InstanceTypes.1": "..."}}. */
    public static final ConfigFormat ESS = new ConfigFormat("ess", "ESS API parameters");
    /** A text holding an {@code aliyun ess CreateScalingConfiguration --Name value ...} command. */
    public static final ConfigFormat ALIYUN_CLI = new ConfigFormat("aliyun-cli", "aliyun command line");
    /**
     * The JSON body of a {@code DescribeScalingConfigurations} response, of either API version.
     *
     * @since 0.2.0
     */
    public static final ConfigFormat DESCRIBE =
            new ConfigFormat("describe", "DescribeScalingConfigurations response");

    private final String id;
    private final String description;

    private ConfigFormat(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /**
     * Returns the format with this id.
     *
     * @param id the short id, lower case, such as {@code terraform}
     * @param description a few words for messages, such as {@code Terraform configuration}
     * @return the format
     * @throws IllegalArgumentException if the id is blank or not lower case
     */
    public static ConfigFormat of(String id, String description) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        if (id.isBlank() || !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a format id is lower case letters, digits and '-': '" + id + "'");
        }
        return new ConfigFormat(id, description);
    }

    /**
     * Returns the short id, as {@code --format} takes it.
     *
     * @return the id, such as {@code ess}
     */
    public String id() {
        return id;
    }

    /**
     * Returns a few words naming the format in messages.
     *
     * @return the description, such as {@code ESS API parameters}
     */
    public String description() {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfigFormat && ((ConfigFormat) other).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
