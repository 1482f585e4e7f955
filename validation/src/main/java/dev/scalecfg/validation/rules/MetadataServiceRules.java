package dev.scalecfg.validation.rules;

import dev.scalecfg.core.HttpEndpoint;
import dev.scalecfg.core.HttpTokens;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ViolationCode;
import dev.scalecfg.validation.internal.Report;
import dev.scalecfg.validation.internal.ReportingRule;
import java.util.List;

/**
 * The instance metadata service. HttpTokens=required (hardened IMDSv2 access) with
 * HttpEndpoint=disabled: the API accepts it, but the settings contradict each other (tokens only
 * matter when the metadata service is reachable), so the user most likely meant one of them.
 *
 * @since 0.2.0
 */
public final class MetadataServiceRules {

    /** Tokens required while the endpoint is disabled. */
    public static final ViolationCode HTTP_TOKENS_ENDPOINT_DISABLED = ViolationCode.warning("HTTP_TOKENS_ENDPOINT_DISABLED")
            .addParameters("HttpTokens")
            .description("required contradicts HttpEndpoint=disabled")
            .source("logical (2022 API)").build();

    /** Every code of {@link #METADATA_SERVICE}. */
    public static final List<ViolationCode> CODES = List.of(HTTP_TOKENS_ENDPOINT_DISABLED);

    /** The rule {@code metadata-service}. */
    public static final Rule METADATA_SERVICE = ReportingRule.of("metadata-service", CODES,
            MetadataServiceRules::metadataService);

    private MetadataServiceRules() {}

    private static void metadataService(ScalingConfiguration c, ValidationContext ctx, Report r) {
        if (c.getHttpTokens().orElse(null) == HttpTokens.REQUIRED && c.getHttpEndpoint().orElse(null) == HttpEndpoint.DISABLED) {
            r.add(HTTP_TOKENS_ENDPOINT_DISABLED, "httpTokens", p -> p + " is required but HttpEndpoint is disabled,"
                    + " so instances cannot reach the metadata service at all; enable HttpEndpoint for hardened (IMDSv2)"
                    + " access or remove HttpTokens");
        }
    }
}
