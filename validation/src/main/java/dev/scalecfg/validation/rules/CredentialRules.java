package dev.scalecfg.validation.rules;

import static dev.scalecfg.core.ApiLimits.PASSWORD_CLASSES_MIN;
import static dev.scalecfg.core.ApiLimits.PASSWORD_MAX;
import static dev.scalecfg.core.ApiLimits.PASSWORD_MIN;
import static dev.scalecfg.core.ApiLimits.PASSWORD_SPECIALS;

import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.IoOptimized;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.Shown;
import dev.scalecfg.validation.OsType;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ViolationCode;
import dev.scalecfg.validation.internal.Report;
import dev.scalecfg.validation.internal.ReportingRule;
import java.util.List;
import java.util.Optional;

/**
 * Logon credentials; never puts the password in a message. The special characters are the ECS
 * list {@code ()`~!@#$%^&*-_+=|{}[]:;'<>,.?/} ({@link dev.scalecfg.core.ApiLimits#PASSWORD_SPECIALS}):
 * the ECS list is authoritative, the ESS variants adding {@code \} or {@code "} are unverified.
 * {@link #KEY_PAIR_ON_WINDOWS} is a warning because the ESS API doc says the key pair is ignored for
 * Windows, although its error table also lists InvalidParameter. {@link #KEY_PAIR_NOT_IO_OPTIMIZED}:
 * spec §3 rule 10 says key pairs are "not supported" on non-I/O-optimized generation-I instances; no
 * source says whether the call fails or the key pair is dropped, so a warning, checked only for an
 * explicit IoOptimized=none and not on Windows, which has its own warning.
 *
 * @since 0.2.0
 */
public final class CredentialRules {

    /** Password length. */
    public static final ViolationCode PASSWORD_LENGTH = ViolationCode.error("PASSWORD_LENGTH")
            .addParameters("Password")
            .description(PASSWORD_MIN + " to " + PASSWORD_MAX + " characters")
            .source("ECS").build();
    /** Password character classes. */
    public static final ViolationCode PASSWORD_COMPLEXITY = ViolationCode.error("PASSWORD_COMPLEXITY")
            .addParameters("Password")
            .description("at least " + PASSWORD_CLASSES_MIN + " of upper case, lower case, digits and special characters")
            .source("ECS").build();
    /** Password characters. */
    public static final ViolationCode PASSWORD_CHARACTERS = ViolationCode.error("PASSWORD_CHARACTERS")
            .addParameters("Password")
            .description("only letters, digits and ``" + PASSWORD_SPECIALS + "``")
            .source("ECS list (the ESS variants with \\ or \" are not followed)").build();
    /** Windows passwords and the slash. */
    public static final ViolationCode PASSWORD_WINDOWS_SLASH = ViolationCode.error("PASSWORD_WINDOWS_SLASH")
            .addParameters("Password")
            .description("a Windows password does not start with /")
            .source("ECS").build();
    /** Password together with PasswordInherit. */
    public static final ViolationCode PASSWORD_AND_INHERIT = ViolationCode.error("PASSWORD_AND_INHERIT")
            .addParameters("Password", "PasswordInherit")
            .description("not both")
            .source("ECS, ROS").build();
    /** A key pair on Windows. */
    public static final ViolationCode KEY_PAIR_ON_WINDOWS = ViolationCode.warning("KEY_PAIR_ON_WINDOWS")
            .addParameters("KeyPairName")
            .description("ignored on Windows")
            .source("ESS API doc (\"ignored\")").build();
    /** A key pair together with a password on Linux. */
    public static final ViolationCode KEY_PAIR_AND_PASSWORD = ViolationCode.warning("KEY_PAIR_AND_PASSWORD")
            .addParameters("Password")
            .description("on Linux a key pair disables password logon")
            .source("spec §2.3").build();
    /** A key pair with IoOptimized=none. */
    public static final ViolationCode KEY_PAIR_NOT_IO_OPTIMIZED = ViolationCode.warning("KEY_PAIR_NOT_IO_OPTIMIZED")
            .addParameters("KeyPairName")
            .description("not with IoOptimized=none")
            .source("spec §3.10 (\"not supported\")").build();

    /** Every code of {@link #CREDENTIALS}. */
    public static final List<ViolationCode> CODES = List.of(PASSWORD_LENGTH, PASSWORD_COMPLEXITY, PASSWORD_CHARACTERS,
            PASSWORD_WINDOWS_SLASH, PASSWORD_AND_INHERIT, KEY_PAIR_ON_WINDOWS, KEY_PAIR_AND_PASSWORD,
            KEY_PAIR_NOT_IO_OPTIMIZED);

    /** The rule {@code credentials}. */
    public static final Rule CREDENTIALS = ReportingRule.of("credentials", CODES, CredentialRules::credentials);

    private CredentialRules() {}

    /** Password complexity, Windows rules, password vs inherit vs key pair. Never prints the password. */
    private static void credentials(ScalingConfiguration c, ValidationContext ctx, Report r) {
        CredentialsSpec cred = c.getCredentials();
        Optional<OsType> os = ctx.resolveOsType(c);
        cred.getPassword().ifPresent(password -> {
            String secret = password.reveal();
            int length = secret.length();
            if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
                r.add(PASSWORD_LENGTH, "credentials.password", p -> p + ": the password has " + length
                        + " characters; it must have " + PASSWORD_MIN + " to " + PASSWORD_MAX);
            }
            int upper = 0;
            int lower = 0;
            int digit = 0;
            int special = 0;
            int other = 0;
            for (int i = 0; i < secret.length(); i++) {
                char ch = secret.charAt(i);
                if (ch >= 'A' && ch <= 'Z') {
                    upper = 1;
                } else if (ch >= 'a' && ch <= 'z') {
                    lower = 1;
                } else if (ch >= '0' && ch <= '9') {
                    digit = 1;
                } else if (PASSWORD_SPECIALS.indexOf(ch) >= 0) {
                    special = 1;
                } else {
                    other++;
                }
            }
            int classes = upper + lower + digit + special;
            if (other > 0) {
                int others = other;
                r.add(PASSWORD_CHARACTERS, "credentials.password", p -> p + ": the password has " + others
                        + " character(s) that are not letters, digits or one of " + PASSWORD_SPECIALS + "; remove them");
            }
            if (classes < PASSWORD_CLASSES_MIN) {
                r.add(PASSWORD_COMPLEXITY, "credentials.password", p -> p + ": the password uses " + classes
                        + " of the 4 character classes (upper case, lower case, digits, special characters);"
                        + " it must use at least " + PASSWORD_CLASSES_MIN);
            }
            if (os.orElse(null) == OsType.WINDOWS && secret.startsWith("/")) {
                r.add(PASSWORD_WINDOWS_SLASH, "credentials.password", p -> p
                        + ": the password starts with '/'; a Windows password must not start with '/'");
            }
            if (cred.getPasswordInherit().orElse(false)) {
                r.add(PASSWORD_AND_INHERIT, "credentials.password", p -> p
                        + " is set while PasswordInherit is true; remove the password or set PasswordInherit to false");
            }
            if (cred.getKeyPairName().isPresent() && os.orElse(null) == OsType.LINUX) {
                r.add(KEY_PAIR_AND_PASSWORD, "credentials.password", p -> p
                        + " is set together with KeyPairName on a Linux image; the key pair disables password logon,"
                        + " so remove one of them");
            }
        });
        cred.getKeyPairName().ifPresent(keyPair -> {
            if (os.orElse(null) == OsType.WINDOWS) {
                r.add(KEY_PAIR_ON_WINDOWS, "credentials.keyPairName", p -> p + " is \"" + Shown.text(keyPair)
                        + "\" but the image is Windows, which ignores key pairs; use a password instead");
            } else if (c.getNetwork().getIoOptimized().orElse(null) == IoOptimized.NONE) {
                r.add(KEY_PAIR_NOT_IO_OPTIMIZED, "credentials.keyPairName", p -> p + " is \"" + Shown.text(keyPair)
                        + "\" but IoOptimized is none; key pairs are not supported on non-I/O-optimized instances,"
                        + " use a password or set IoOptimized to optimized");
            }
        });
    }
}
