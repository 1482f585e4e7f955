package dev.scalecfg.validation.internal;

import dev.scalecfg.core.Password;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.UserData;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the Jakarta constraints declared on the model getters through one Hibernate Validator
 * factory (built once, {@link ParameterMessageInterpolator}, so no EL is needed) and maps each
 * {@link ConstraintViolation} to a {@link Violation}.
 *
 * <p>Code mapping: every constraint message in the model starts with its stable code and a colon,
 * {@code "NAME_LENGTH: must be {min} to {max} characters long"}; the code is the part before the
 * colon, the rest (interpolated) describes the limit. A constraint without a code prefix gets
 * {@code FIELD_CONSTRAINT_<ANNOTATION>}.
 */
public final class FieldConstraintRule implements Rule {

    /** The ID of this rule. */
    public static final String ID = "field-constraints";

    private static final int MAX_SHOWN = 64;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> codes() {
        return BuiltInCodes.of(ID);
    }

    @Override
    public List<Violation> check(ScalingConfiguration configuration, ValidationContext context) {
        Report report = new Report(configuration, context);
        Set<ConstraintViolation<ScalingConfiguration>> found = Holder.VALIDATOR.validate(configuration);
        for (ConstraintViolation<ScalingConfiguration> cv : found) {
            String template = cv.getMessageTemplate();
            String interpolated = cv.getMessage();
            int colon = template.indexOf(':');
            boolean coded = colon > 0 && template.substring(0, colon).matches("[A-Z][A-Z0-9_]*");
            String code = coded ? template.substring(0, colon)
                    : "FIELD_CONSTRAINT_" + cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName().toUpperCase(java.util.Locale.ROOT);
            String text = coded ? interpolated.substring(interpolated.indexOf(':') + 1).trim() : interpolated;
            String path = path(cv.getPropertyPath());
            String value = describe(cv);
            report.error(code, path, parameter -> parameter + keyOf(path) + " " + value + "; "
                    + (text.startsWith("must") ? "it " : "") + text);
        }
        return report.violations();
    }

    /** For tags, names the entry: {@code Tags[env]}. */
    private static String keyOf(String path) {
        if (path.startsWith("tags[")) {
            String key = path.substring("tags[".length(), path.length() - 1);
            return "[" + abbreviate(key) + "]";
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
                    : "is \"" + abbreviate(value.toString()) + "\"";
        }
        if (value instanceof Collection || value instanceof Map) {
            int n = value instanceof Collection ? ((Collection<?>) value).size() : ((Map<?, ?>) value).size();
            return "has " + n + (n == 1 ? " entry" : " entries");
        }
        if (value instanceof BigDecimal) {
            return "is " + ((BigDecimal) value).toPlainString();
        }
        return "is " + value;
    }

    static String abbreviate(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
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
