package dev.scalecfg.validation.rules;

import static dev.scalecfg.core.ApiLimits.USER_DATA_MAX_BYTES;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ViolationCode;
import dev.scalecfg.validation.internal.Report;
import dev.scalecfg.validation.internal.ReportingRule;
import java.util.List;
import java.util.Optional;

/**
 * User data, never printed: Base64, and at most 32 KiB once decoded (SDK docs from 2024-07; the 2021
 * API doc and older SDK docs said 16 KB — the newest rule is followed). That user data needs a VPC
 * group is {@link NetworkRules#USER_DATA_REQUIRES_VPC}.
 *
 * @since 0.2.0
 */
public final class UserDataRules {

    /** User data that is not Base64. */
    public static final ViolationCode USER_DATA_NOT_BASE64 = ViolationCode.error("USER_DATA_NOT_BASE64")
            .addParameters("UserData")
            .description("Base64")
            .source("API doc").build();
    /** User data too large. */
    public static final ViolationCode USER_DATA_TOO_LARGE = ViolationCode.error("USER_DATA_TOO_LARGE")
            .addParameters("UserData")
            .description("at most " + USER_DATA_MAX_BYTES + " bytes (32 KiB) once decoded")
            .source("SDK docs from 2024-07 (the older 16 KB is not followed)").build();

    /** Every code of {@link #USER_DATA}. */
    public static final List<ViolationCode> CODES = List.of(USER_DATA_NOT_BASE64, USER_DATA_TOO_LARGE);

    /** The rule {@code user-data}. */
    public static final Rule USER_DATA = ReportingRule.of("user-data", CODES, UserDataRules::userData);

    private UserDataRules() {}

    private static void userData(ScalingConfiguration c, ValidationContext ctx, Report r) {
        c.getUserData().ifPresent(data -> {
            Optional<Integer> size = data.decodedSize();
            if (size.isEmpty()) {
                r.add(USER_DATA_NOT_BASE64, "userData", p -> p + " is not valid Base64 text; encode the script,"
                        + " for example with UserData.ofPlainText(script)");
            } else if (size.get() > USER_DATA_MAX_BYTES) {
                r.add(USER_DATA_TOO_LARGE, "userData", p -> p + " decodes to " + size.get() + " bytes; the limit is "
                        + USER_DATA_MAX_BYTES + " bytes (32 KiB), shorten the script");
            }
        });
    }
}
