package dev.scalecfg.core.io;

import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One scaling configuration found in a document, with what could not be read into it.
 *
 * <p>A document in the canonical JSON, ESS parameter or aliyun formats holds one entry without a
 * name; a Terraform file, a ROS template or a {@code DescribeScalingConfigurations} response may hold
 * several, each named by its resource address, logical id or configuration id.
 *
 * <p>{@link #getConfiguration()} holds every value that could be read. A value that could not (a
 * word where the API takes an integer, a parameter the API does not have, two parameters that
 * exclude each other) is left out of it and reported in {@link #getProblems()}, with a stable code,
 * its location and, where the format knows them, the line and column. An attribute whose value is
 * not known offline (a Terraform reference to another resource, a ROS {@code Fn::GetAtt}) is left
 * out too, and its model path is in {@link #getUnresolved()}, so that the validator skips the rules
 * that need it instead of reporting it missing.
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface ConfigEntry extends WithConfigEntry {
    /**
     * Returns the name of the entry in its document: a Terraform resource address such as
     * {@code module.web.alicloud_ess_scaling_configuration.this[0]}, a ROS logical id, or a
     * {@code ScalingConfigurationId}.
     *
     * @return the name, absent for single-configuration formats
     */
    Optional<String> getName();

    /**
     * Returns the configuration, holding every value that could be read.
     *
     * @return the configuration
     */
    ScalingConfiguration getConfiguration();

    /**
     * Returns the value-level mistakes found while reading this entry, in the order of the document.
     *
     * @return the problems, empty when every value could be read
     */
    List<FormatError> getProblems();

    /**
     * Returns the model paths (such as {@code network.securityGroupId} or {@code image.imageId}) of
     * attributes that the document sets to a value not known offline.
     *
     * @return the unresolved model paths, in the order of the document
     */
    Set<String> getUnresolved();

    /**
     * Returns remarks on how the document was read that are not mistakes, for {@code preview}: for
     * example a default that Terraform applies but the API does not.
     *
     * @return the notes, in the order of the document
     */
    List<String> getNotes();

    /**
     * Returns the ESS API version the document is written in, when the format tells it; violations
     * then name parameters in that version's spelling.
     *
     * @return the API version, absent when the format does not say
     */
    Optional<ApiVersion> getApiVersion();

    /**
     * Tells whether every value of the entry could be read.
     *
     * @return true when there is no problem
     */
    default boolean isClean() {
        return getProblems().isEmpty();
    }

    /**
     * Returns an entry holding a configuration read without any problem.
     *
     * @param configuration the configuration
     * @return the entry
     */
    static ConfigEntry of(ScalingConfiguration configuration) {
        return builder().configuration(configuration).build();
    }

    /**
     * Returns a new, empty builder.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A fluent builder; {@code build()} fails fast on a null or a missing required attribute. */
    final class Builder extends ImmutableConfigEntry.Builder {
        /** Creates an empty builder; prefer {@link ConfigEntry#builder()}. */
        public Builder() {}
    }
}
