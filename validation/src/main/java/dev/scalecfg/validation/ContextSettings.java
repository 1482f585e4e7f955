package dev.scalecfg.validation;

import dev.scalecfg.core.ScalingStyle;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.validation.internal.SettingsReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts of a {@link ValidationContext} as a settings document gives them, each one optional: the
 * {@code context} object of a settings file ({@link ValidationSettings}) or a validation-context
 * document of its own (the command line's {@code --context FILE}), so that an application embedding
 * the validator reads it exactly as the command line does.
 *
 * <p>The document is a JSON object; every key is optional, an unknown key or a wrong value is an
 * {@link InvalidSettingsException} naming it:
 * <pre>{@code
 * {
 *   "networkType": "vpc",                       // vpc | classic (any case)
 *   "vpcId": "vpc-bp1xxxx",
 *   "osType": "linux",                          // linux | windows (any case)
 *   "apiVersion": "2022-02-22",                 // 2014-08-28 | 2022-02-22
 *   "securityGroupVpcs": {"sg-bp1xxxx": "vpc-bp1xxxx"}
 * }
 * }</pre>
 *
 * <p>Settings are layered with {@link #overriddenBy(ContextSettings)}: a fact given by the later
 * layer replaces the earlier one, and the security-group VPCs are merged (the later layer wins for
 * a group in both). {@link #toContext()} gives the context, with the defaults of
 * {@link ValidationContext} for the facts not given.
 *
 * <pre>{@code
 * ValidationContext context = ContextSettings.read(Path.of("context.json"))
 *     .overriddenBy(ContextSettings.builder().networkType(NetworkType.VPC).build())
 *     .toContext();
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
@ScalingStyle
public interface ContextSettings {

    /**
     * Returns the network type of the scaling group.
     *
     * @return the network type, empty when not given
     */
    Optional<NetworkType> getNetworkType();

    /**
     * Returns the VPC of the scaling group's vSwitches.
     *
     * @return the VPC ID, empty when not given
     */
    Optional<String> getVpcId();

    /**
     * Returns the OS type of the image.
     *
     * @return the OS type, empty when not given (then inferred from a public image ID)
     */
    Optional<OsType> getOsType();

    /**
     * Returns the API version whose parameter names violations use.
     *
     * @return the API version, empty when not given (then 2014-08-28)
     */
    Optional<ApiVersion> getApiVersion();

    /**
     * Returns the VPC of each known security group.
     *
     * @return security group ID to VPC ID, in document order; never null
     */
    Map<String, String> getSecurityGroupVpcs();

    /**
     * Checks that no text fact is blank.
     */
    @Value.Check
    default void check() {
        if (getVpcId().filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("vpcId must not be blank");
        }
        getSecurityGroupVpcs().forEach((group, vpc) -> {
            if (group.isBlank() || vpc.isBlank()) {
                throw new IllegalArgumentException("securityGroupVpcs must not hold a blank ID");
            }
        });
    }

    /**
     * Layers settings: the facts {@code later} gives replace these, the security-group VPCs are
     * merged (the later one wins for a group in both).
     *
     * @param later the layer that takes precedence, such as the command-line options
     * @return the layered settings
     */
    default ContextSettings overriddenBy(ContextSettings later) {
        Map<String, String> groups = new LinkedHashMap<>(getSecurityGroupVpcs());
        groups.putAll(later.getSecurityGroupVpcs());
        return builder()
                .networkType(later.getNetworkType().or(this::getNetworkType))
                .vpcId(later.getVpcId().or(this::getVpcId))
                .osType(later.getOsType().or(this::getOsType))
                .apiVersion(later.getApiVersion().or(this::getApiVersion))
                .securityGroupVpcs(groups)
                .build();
    }

    /**
     * Sets the facts given here on a context builder, leaving the others as they are.
     *
     * @param builder the builder
     * @return the same builder
     */
    default ValidationContext.Builder applyTo(ValidationContext.Builder builder) {
        getNetworkType().ifPresent(builder::networkType);
        getVpcId().ifPresent(builder::vpcId);
        getOsType().ifPresent(builder::osType);
        getApiVersion().ifPresent(builder::apiVersion);
        getSecurityGroupVpcs().forEach(builder::putSecurityGroupVpc);
        return builder;
    }

    /**
     * Returns the validation context: these facts, and the defaults of {@link ValidationContext}
     * for the others.
     *
     * @return the context
     */
    default ValidationContext toContext() {
        return applyTo(ValidationContext.builder()).build();
    }

    /**
     * Returns settings that give no fact.
     *
     * @return the empty settings
     */
    static ContextSettings empty() {
        return builder().build();
    }

    /**
     * Reads a validation-context document.
     *
     * @param source the document's name, used in messages
     * @param text the JSON document
     * @return the settings
     * @throws InvalidSettingsException with every mistake found: not JSON, an unknown key (with the
     *     closest known one), a value of the wrong type or not one of the allowed ones
     */
    static ContextSettings parse(String source, String text) {
        return SettingsReader.context(source, text);
    }

    /**
     * Reads a validation-context document from a file (strict UTF-8, at most 4 MiB).
     *
     * @param file the file
     * @return the settings
     * @throws InvalidSettingsException when the file is missing or unreadable, and for every mistake
     *     {@link #parse(String, String)} reports
     */
    static ContextSettings read(Path file) {
        return parse(file.toString(), SettingsReader.readFile(file, file.toString()));
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A fluent builder. */
    final class Builder extends ImmutableContextSettings.Builder {
        /** Creates an empty builder; prefer {@link ContextSettings#builder()}. */
        public Builder() {}
    }
}
