package dev.scalecfg.launcher;

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
import java.util.Objects;
import java.util.Optional;

/**
 * One instance of a plan, with everything one ECS {@code RunInstances} call needs: its name and
 * host name from the configuration's ordered naming patterns, its zone, vSwitch, type, billing
 * and spot price limit, its system disk category, and the configuration's image, disks, network,
 * tags and credentials (shared references, not copies).
 *
 * <p>Immutable. {@link #toString()} never shows the credentials.
 *
 * @since 0.1.0
 */
public final class PlannedInstance {
    private final int index;
    private final long sequenceNumber;
    private final Optional<String> instanceName;
    private final Optional<String> hostName;
    private final Allocation allocation;
    private final ScalingConfiguration configuration;
    private final Optional<BigDecimal> spotPriceLimit;

    PlannedInstance(int index, long sequenceNumber, Optional<String> instanceName, Optional<String> hostName,
            Allocation allocation, ScalingConfiguration configuration, Optional<BigDecimal> spotPriceLimit) {
        this.index = index;
        this.sequenceNumber = sequenceNumber;
        this.instanceName = instanceName;
        this.hostName = hostName;
        this.allocation = allocation;
        this.configuration = configuration;
        this.spotPriceLimit = spotPriceLimit;
    }

    /**
     * Returns the position of the instance in the plan, from 0.
     *
     * @return the index
     */
    public int getIndex() {
        return index;
    }

    /**
     * Returns the sequence number of the first ordered name (instance name, else host name): the
     * first number plus the index, where the first number is the request's first sequence number
     * (or the pattern's begin number) for an {@code (AUTO_INCREMENT)} pattern, and the begin number
     * for an ECS batch pattern {@code prefix[begin,bits]suffix}, which restarts on every scale-out.
     * Without any ordered name: the request's first sequence number (or 0) plus the index.
     *
     * @return the sequence number
     */
    public long getSequenceNumber() {
        return sequenceNumber;
    }

    /**
     * Returns the instance name ({@code InstanceName}): the configuration's name with the ordered
     * pattern filled in, the plain name unchanged, or empty when the configuration has none.
     *
     * @return the instance name, or empty
     */
    public Optional<String> getInstanceName() {
        return instanceName;
    }

    /**
     * Returns the host name ({@code HostName}), filled in like the instance name.
     *
     * @return the host name, or empty
     */
    public Optional<String> getHostName() {
        return hostName;
    }

    /**
     * Returns the zone.
     *
     * @return the zone ID
     */
    public String getZoneId() {
        return allocation.getZoneId();
    }

    /**
     * Returns the vSwitch.
     *
     * @return the vSwitch ID
     */
    public String getVswitchId() {
        return allocation.getVswitchId();
    }

    /**
     * Returns the instance type.
     *
     * @return the instance type
     */
    public String getInstanceType() {
        return allocation.getInstanceType();
    }

    /**
     * Returns the capacity units of the instance (its type's weight).
     *
     * @return the units
     */
    public int getUnits() {
        return allocation.getUnitsEach();
    }

    /**
     * Returns the billing.
     *
     * @return the billing
     */
    public Billing getBilling() {
        return allocation.getBilling();
    }

    /**
     * Returns the ECS spot strategy to send: {@code NoSpot} for pay-as-you-go;
     * {@code SpotWithPriceLimit} for spot with a price limit; otherwise {@code SpotAsPriceGo}.
     *
     * @return the spot strategy
     */
    public SpotStrategy getSpotStrategy() {
        if (allocation.getBilling() == Billing.PAYG) {
            return SpotStrategy.NO_SPOT;
        }
        return spotPriceLimit.isPresent() ? SpotStrategy.SPOT_WITH_PRICE_LIMIT : SpotStrategy.SPOT_AS_PRICE_GO;
    }

    /**
     * Returns the spot price limit of the type for a spot instance; empty for pay-as-you-go and
     * when the configuration's spot strategy is {@code SpotAsPriceGo}, which ESS launches at the
     * market price whatever limits are listed.
     *
     * @return the price limit, or empty
     */
    public Optional<BigDecimal> getSpotPriceLimit() {
        return spotPriceLimit;
    }

    /**
     * Returns the system disk category chosen for the zone and type.
     *
     * @return the category, or empty when the configuration lists none
     */
    public Optional<DiskCategory> getSystemDiskCategory() {
        return allocation.getSystemDiskCategory();
    }

    /**
     * Tells whether the instance compensates spot capacity that could not be had.
     *
     * @return true for a compensation instance
     */
    public boolean isCompensated() {
        return allocation.isCompensated();
    }

    /**
     * Returns the allocation the instance belongs to.
     *
     * @return the allocation
     */
    public Allocation getAllocation() {
        return allocation;
    }

    /**
     * Returns the configuration's image.
     *
     * @return the image
     */
    public ImageSpec getImage() {
        return configuration.getImage();
    }

    /**
     * Returns the configuration's system disk settings (the category to use is
     * {@link #getSystemDiskCategory()}).
     *
     * @return the system disk settings
     */
    public SystemDiskSpec getSystemDisk() {
        return configuration.getSystemDisk();
    }

    /**
     * Returns the configuration's data disks.
     *
     * @return the data disks
     */
    public List<DiskSpec> getDataDisks() {
        return configuration.getDataDisks();
    }

    /**
     * Returns the configuration's network settings.
     *
     * @return the network settings
     */
    public NetworkSpec getNetwork() {
        return configuration.getNetwork();
    }

    /**
     * Returns the configuration's tags.
     *
     * @return the tags
     */
    public Map<String, String> getTags() {
        return configuration.getTags();
    }

    /**
     * Returns the configuration's credentials (key pair, password, password inheritance).
     *
     * @return the credentials
     */
    public CredentialsSpec getCredentials() {
        return configuration.getCredentials();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PlannedInstance)) {
            return false;
        }
        PlannedInstance that = (PlannedInstance) other;
        return index == that.index && sequenceNumber == that.sequenceNumber
                && instanceName.equals(that.instanceName) && hostName.equals(that.hostName)
                && allocation.equals(that.allocation) && configuration.equals(that.configuration)
                && spotPriceLimit.equals(that.spotPriceLimit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, sequenceNumber, instanceName, hostName, allocation, spotPriceLimit);
    }

    @Override
    public String toString() {
        return "PlannedInstance{index=" + index + ", name=" + instanceName.orElse("") + ", hostName="
                + hostName.orElse("") + ", zone=" + getZoneId() + ", vswitch=" + getVswitchId() + ", type="
                + getInstanceType() + ", billing=" + getBilling() + ", disk="
                + getSystemDiskCategory().map(DiskCategory::apiValue).orElse("") + "}";
    }
}
