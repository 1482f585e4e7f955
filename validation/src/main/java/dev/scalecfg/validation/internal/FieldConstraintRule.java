package dev.scalecfg.validation.internal;

import dev.scalecfg.core.Password;
import dev.scalecfg.core.FieldCodes;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.UserData;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.Violation;
import dev.scalecfg.validation.ViolationCode;
import dev.scalecfg.validation.rules.FieldRules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the Jakarta constraints declared on the model getters through one Hibernate Validator
 * factory (built once, {@link ParameterMessageInterpolator}, so no EL is needed) and maps each
 * {@link ConstraintViolation} to a {@link Violation}.
 *
 * <p>Code mapping: every constraint in the model names its code with a {@link FieldCodes} payload;
 * {@link FieldRules#forPayloads} turns it into the registered code. The interpolated message (plain
 * text such as {@code must be 2 to 64 characters long}, the same a stock validator shows) describes
 * the limit. A constraint without a code payload (none in the model; a guard test keeps it so) gets
 * {@code FIELD_CONSTRAINT_<ANNOTATION>}.
 */
public final class FieldConstraintRule implements Rule {

    /** The ID of this rule. */
    public static final String ID = "field-constraints";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ViolationCode> codes() {
        return FieldRules.CODES;
    }

    @Override
    public List<Violation> check(ScalingConfiguration configuration, ValidationContext context) {
        Report report = new Report(configuration, context);
        Set<ConstraintViolation<ScalingConfiguration>> found = Holder.VALIDATOR.validate(configuration);
        for (ConstraintViolation<ScalingConfiguration> cv : found) {
            ViolationCode code = FieldRules.forPayloads(cv.getConstraintDescriptor().getPayload())
                    .orElseGet(() -> unregistered(cv));
            String text = cv.getMessage();
            String path = path(cv.getPropertyPath());
            String value = describe(cv);
            report.add(code, path, parameter -> parameter + keyOf(path) + " " + value + "; "
                    + (text.startsWith("must") ? "it " : "") + text);
        }
        // @Digits and @DecimalMax of a price say the same thing: one violation, not two
        return report.violations().stream().distinct().collect(java.util.stream.Collectors.toUnmodifiableList());
    }

    private static ViolationCode unregistered(ConstraintViolation<?> cv) {
        String annotation = cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return ViolationCode.error("FIELD_CONSTRAINT_" + annotation.toUpperCase(Locale.ROOT))
                .description(cv.getMessageTemplate()).build();
    }

    /** For tags, names the entry: {@code Tags[env]}. */
    private static String keyOf(String path) {
        if (path.startsWith("tags[")) {
            String key = path.substring("tags[".length(), path.length() - 1);
            return "[" + Shown.text(key) + "]";
        }
        return "";
    }

    private static String describe(ConstraintViolation<?> cv) {
        Object value = cv.getInvalidValue();
        boolean size = cv.getConstraintDescriptor().getAnnotation() instanceof Size;
        if (value instanceof Password || value instanceof UserData) {
            return "is set"; // never show a secret
        }
        if (value instanceof CharSequence) {
            int length = ((CharSequence) value).length();
            return size ? "has " + length + (length == 1 ? " character" : " characters")
                    : "is \"" + Shown.text(value.toString()) + "\"";
        }
        if (value instanceof Collection || value instanceof Map) {
            int n = value instanceof Collection ? ((Collection<?>) value).size() : ((Map<?, ?>) value).size();
            return "has " + n + (n == 1 ? " entry" : " entries");
        }
        if (value instanceof BigDecimal) {
            return "is " + Shown.number((BigDecimal) value);
        }
        return "is " + Shown.text(String.valueOf(value));
    }

    /** Builds {@code dataDisks[1].size} from a Bean Validation path, skipping container-element names. */
    static String path(Path propertyPath) {
        StringBuilder text = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                text.append('[').append(key).append(']');
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(node.getName());
            }
        }
        return text.toString();
    }

    /** The factory and validator, built once on first use; both are thread-safe. */
    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();

        private Holder() {}
    }

    /** Creates the rule; the Hibernate Validator factory is shared by every instance. */
    public FieldConstraintRule() {
        // the factory lives in Holder
    }

    /**
     * Returns the shared validator (for tests and diagnostics).
     *
     * @return the validator
     */
    public static Validator validator() {
        return Holder.VALIDATOR;
    }

}
