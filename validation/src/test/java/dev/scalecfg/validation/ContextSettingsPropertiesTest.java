package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scalecfg.core.ess.ApiVersion;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

final class ContextSettingsPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Gen<String> ids() {
        return SourceDSL.strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 12).assuming(id -> !id.isBlank());
    }

    private static <T> Gen<Optional<T>> maybe(Gen<T> values) {
        return SourceDSL.booleans().all().zip(values, (present, value) -> present ? Optional.of(value) : Optional.empty());
    }

    static Gen<ContextSettings> settings() {
        Gen<Optional<NetworkType>> network = maybe(Generate.enumValues(NetworkType.class));
        Gen<Optional<OsType>> os = maybe(Generate.enumValues(OsType.class));
        Gen<Optional<ApiVersion>> api = maybe(Generate.enumValues(ApiVersion.class));
        Gen<Map<String, String>> groups = SourceDSL.maps().of(ids(), ids()).ofSizeBetween(0, 4);
        return network.zip(maybe(ids()), os, api, (n, vpc, o, a) -> ContextSettings.builder().networkType(n).vpcId(vpc)
                .osType(o).apiVersion(a)).zip(groups, (builder, g) -> builder.securityGroupVpcs(g).build());
    }

    @Test
    void aLaterLayerWinsForEveryFactItGivesAndKeepsTheOthers() {
        qt().forAll(settings(), settings()).checkAssert((earlier, later) -> {
            ContextSettings layered = earlier.overriddenBy(later);

            assertThat(layered.getNetworkType()).isEqualTo(later.getNetworkType().or(earlier::getNetworkType));
            assertThat(layered.getVpcId()).isEqualTo(later.getVpcId().or(earlier::getVpcId));
            assertThat(layered.getOsType()).isEqualTo(later.getOsType().or(earlier::getOsType));
            assertThat(layered.getApiVersion()).isEqualTo(later.getApiVersion().or(earlier::getApiVersion));
            Map<String, String> groups = new LinkedHashMap<>(earlier.getSecurityGroupVpcs());
            groups.putAll(later.getSecurityGroupVpcs());
            assertThat(layered.getSecurityGroupVpcs()).isEqualTo(groups);
        });
    }

    @Test
    void theEmptyLayerChangesNothing() {
        qt().forAll(settings()).checkAssert(settings -> {
            assertThat(settings.overriddenBy(ContextSettings.empty())).isEqualTo(settings);
            assertThat(ContextSettings.empty().overriddenBy(settings)).isEqualTo(settings);
        });
    }

    @Test
    void aDocumentWrittenFromSettingsReadsBackTheSame() {
        qt().forAll(settings()).checkAssert(settings -> {
            assertThat(ContextSettings.parse("context.json", document(settings))).isEqualTo(settings);
        });
    }

    @Test
    void theContextHoldsTheGivenFactsAndTheDefaultsOtherwise() {
        qt().forAll(settings()).checkAssert(settings -> {
            ValidationContext context = settings.toContext();

            assertThat(context.getNetworkType()).isEqualTo(settings.getNetworkType());
            assertThat(context.getVpcId()).isEqualTo(settings.getVpcId());
            assertThat(context.getOsType()).isEqualTo(settings.getOsType());
            assertThat(context.getApiVersion()).isEqualTo(settings.getApiVersion().orElse(ApiVersion.V2014_08_28));
            assertThat(context.getSecurityGroupVpcs()).isEqualTo(settings.getSecurityGroupVpcs());
        });
    }

    private static String document(ContextSettings settings) {
        ObjectNode document = JSON.createObjectNode();
        settings.getNetworkType().ifPresent(type -> document.put("networkType", type.name().toLowerCase(Locale.ROOT)));
        settings.getVpcId().ifPresent(vpc -> document.put("vpcId", vpc));
        settings.getOsType().ifPresent(type -> document.put("osType", type.name()));
        settings.getApiVersion().ifPresent(version -> document.put("apiVersion", version.text()));
        if (!settings.getSecurityGroupVpcs().isEmpty()) {
            ObjectNode groups = document.putObject("securityGroupVpcs");
            settings.getSecurityGroupVpcs().forEach(groups::put);
        }
        return document.toPrettyString();
    }
}
