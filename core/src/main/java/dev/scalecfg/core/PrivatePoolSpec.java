package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The private pool (elasticity assurance or capacity reservation) of created instances: API parameters {@code PrivatePoolOptions.*}.
 *
 * <p>Immutable; build it with {@link #builder()}, copy it with {@link #toBuilder()} or the
 * {@code withX} methods. Absent optional values are not sent to the API.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePrivatePoolSpec.class)
public interface PrivatePoolSpec extends WithPrivatePoolSpec {
    /**
     * Returns which private pool to use ({@code PrivatePoolOptions.MatchCriteria}); {@code Target} needs an ID.
     *
     * @return which private pool to use
     */
    Optional<PrivatePoolMatchCriteria> getMatchCriteria();

    /**
     * Returns the private pool ({@code PrivatePoolOptions.Id}).
     *
     * @return the private pool
     */
    Optional<
            @Pattern(regexp = "eap-\\S+", message = "must start with 'eap-' followed by the ID", payload = FieldCodes.IdFormat.class)
            String> getId();

    /**
     * Returns a new, empty builder.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with every attribute of this value.
     *
     * @return a builder
     */
    default Builder toBuilder() {
        return new Builder().from(this);
    }

    /** A fluent builder; {@code build()} fails fast on a null or a missing required attribute. */
    final class Builder extends ImmutablePrivatePoolSpec.Builder {
        /** Creates an empty builder; prefer {@link PrivatePoolSpec#builder()}. */
        public Builder() {}
    }
}
