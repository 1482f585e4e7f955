package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.Password;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.UserData;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** No violation message, violation string or exception message ever contains a secret. */
final class SecretsPropertiesTest {

    private static final String ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789()`~!@#$%^&*-_+=|{}[]:;'<>,.?/\\\"é";

    /** Secrets of 5 to 40 characters from letters, digits, specials and a few characters the API refuses. */
    private static Gen<String> secrets() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, ALPHABET.length() - 1))
                .ofSizeBetween(5, 40)
                .map(indexes -> {
                    StringBuilder text = new StringBuilder();
                    indexes.forEach(i -> text.append(ALPHABET.charAt(i)));
                    return text.toString();
                });
    }

    @Test
    void passwordsNeverAppear() {
        qt().withExamples(300).forAll(secrets(), SourceDSL.booleans().all(), SourceDSL.booleans().all())
                .checkAssert((secret, windows, inherit) -> {
                    ScalingConfiguration config = Fixtures.builder()
                            .credentials(CredentialsSpec.builder().password(Password.of(secret)).passwordInherit(inherit)
                                    .keyPairName("KeyPairTest").build())
                            .build();
                    ValidationContext context = windows
                            ? ValidationContext.builder().osType(OsType.WINDOWS).build() : ValidationContext.empty();
                    assertNoSecret(RuleChain.defaultChain().validate(config, context), secret);
                });
    }

    @Test
    void userDataNeverAppears() {
        qt().withExamples(200).forAll(secrets(), SourceDSL.booleans().all()).checkAssert((script, encode) -> {
            UserData userData = encode ? UserData.ofPlainText(script) : UserData.ofBase64(script);
            ScalingConfiguration config = Fixtures.builder().userData(userData).build();
            ValidationContext classic = ValidationContext.builder().networkType(NetworkType.CLASSIC).build();
            ValidationResult result = RuleChain.defaultChain().validate(config, classic);
            assertThat(result.codes()).contains("USER_DATA_REQUIRES_VPC");
            assertNoSecret(result, script);
            assertNoSecret(result, userData.base64());
        });
    }

    private static void assertNoSecret(ValidationResult result, String secret) {
        for (Violation violation : result.getViolations()) {
            assertThat(violation.getMessage()).doesNotContain(secret);
            assertThat(violation.toString()).doesNotContain(secret);
        }
        Throwable thrown = catchThrowable(result::throwIfInvalid);
        if (thrown != null) {
            assertThat(thrown.getMessage()).doesNotContain(secret);
        }
    }
}
