package dev.scalecfg.launcher;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.SystemDiskSpec;
import dev.scalecfg.core.scaleout.Billing;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One instance of a plan, with everything one ECS {@code RunInstances} call needs: its name and
 * host name from the configuration's ordered naming patterns, its zone, vSwitch, type, billing
 * and spot price limit, its system disk category, and the configuration's image, disks, network,
 * tags and credentials (shared references, not copies).
 *
 * <p>Immutable. Two instances are equal when every attribute and the configuration are equal.
 * {@link #toString()} never shows the credentials, nor does its JSON form.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlannedInstance {
    PlannedInstance() {}

    /**
     * Returns the position of the instance in the plan, from 0.
     *
     * @return the index
     */
    public abstract int getIndex();

    /**
     * Returns the sequence number of the first ordered name (instance name, else host name): the
     * first number plus the index, where the first number is the request's first sequence number
     * (or the pattern's begin number) for an {@code (AUTO_INCREMENT)} pattern, and the begin number
     * for an ECS batch pattern {@code prefix[begin,bits]suffix}, which restarts on every scale-out.
     * Without any ordered name: the request's first sequence number (or 0) plus the index.
     *
     * @return the sequence number
     */
    public abstract long getSequenceNumber();

    /**
     * Returns the instance name ({@code InstanceName}): the configuration's name with the ordered
     * pattern filled in, the plain name unchanged, or empty when the configuration has none.
     *
     * @return the instance name, or empty
     */
    public abstract Optional<String> getInstanceName();

    /**
     * Returns the host name ({@code HostName}), filled in like the instance name.
     *
     * @return the host name, or empty
     */
    public abstract Optional<String> getHostName();

    /**
     * Returns the zone.
     *
     * @return the zone ID
     */
    public String getZoneId() {
        return getAllocation().getZoneId();
    }

    /**
     * Returns the vSwitch.
     *
     * @return the vSwitch ID
     */
    public String getVswitchId() {
        return getAllocation().getVswitchId();
    }

    /**
     * Returns the instance type.
     *
     * @return the instance type
     */
    public String getInstanceType() {
        return getAllocation().getInstanceType();
    }

    /**
     * Returns the capacity units of the instance (its type's weight).
     *
     * @return the units
     */
    public int getUnits() {
        return getAllocation().getUnitsEach();
    }

    /**
     * Returns the billing.
     *
     * @return the billing
     */
    public Billing getBilling() {
        return getAllocation().getBilling();
    }

    /**
     * Returns the ECS spot strategy to send: {@code NoSpot} for pay-as-you-go;
     * {@code SpotWithPriceLimit} for spot with a price limit; otherwise {@code SpotAsPriceGo}.
     *
     * @return the spot strategy
     */
    public SpotStrategy getSpotStrategy() {
        if (getAllocation().getBilling() == Billing.PAYG) {
            return SpotStrategy.NO_SPOT;
        }
        return getSpotPriceLimit().isPresent() ? SpotStrategy.SPOT_WITH_PRICE_LIMIT : SpotStrategy.SPOT_AS_PRICE_GO;
    }

    /**
     * Returns the spot price limit of the type for a spot instance; empty for pay-as-you-go and
     * when the configuration's spot strategy is {@code SpotAsPriceGo}, which ESS launches at the
     * market price whatever limits are listed.
     *
     * @return the price limit, or empty
     */
    public abstract Optional<BigDecimal> getSpotPriceLimit();

    /**
     * Returns the system disk category chosen for the zone and type.
     *
     * @return the category, or empty when the configuration lists none
     */
    public Optional<DiskCategory> getSystemDiskCategory() {
        return getAllocation().getSystemDiskCategory();
    }

    /**
     * Tells whether the instance compensates spot capacity that could not be had.
     *
     * @return true for a compensation instance
     */
    public boolean isCompensated() {
        return getAllocation().isCompensated();
    }

    /**
     * Returns the allocation the instance belongs to.
     *
     * @return the allocation
     */
    public abstract Allocation getAllocation();

    /** The configuration the instance is created from (its image, disks, network, credentials...). */
    @JsonIgnore
    abstract ScalingConfiguration configuration();

    /**
     * Returns the configuration's image.
     *
     * @return the image
     */
    public ImageSpec getImage() {
        return configuration().getImage();
    }

    /**
     * Returns the configuration's system disk settings (the category to use is
     * {@link #getSystemDiskCategory()}).
     *
     * @return the system disk settings
     */
    public SystemDiskSpec getSystemDisk() {
        return configuration().getSystemDisk();
    }

    /**
     * Returns the configuration's data disks.
     *
     * @return the data disks
     */
    public List<DiskSpec> getDataDisks() {
        return configuration().getDataDisks();
    }

    /**
     * Returns the configuration's network settings.
     *
     * @return the network settings
     */
    public NetworkSpec getNetwork() {
        return configuration().getNetwork();
    }

    /**
     * Returns the configuration's tags.
     *
     * @return the tags
     */
    public Map<String, String> getTags() {
        return configuration().getTags();
    }

    /**
     * Returns the configuration's credentials (key pair, password, password inheritance).
     *
     * @return the credentials
     */
    @JsonIgnore
    public CredentialsSpec getCredentials() {
        return configuration().getCredentials();
    }

    @Override
    public String toString() {
        return "PlannedInstance{index=" + getIndex() + ", name=" + getInstanceName().orElse("") + ", hostName="
                + getHostName().orElse("") + ", zone=" + getZoneId() + ", vswitch=" + getVswitchId() + ", type="
                + getInstanceType() + ", billing=" + getBilling() + ", disk="
                + getSystemDiskCategory().map(DiskCategory::apiValue).orElse("") + "}";
    }
}
