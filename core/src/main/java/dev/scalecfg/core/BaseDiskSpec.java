package dev.scalecfg.core;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * The settings a system disk ({@link SystemDiskSpec}) and a data disk ({@link DiskSpec}) share:
 * category or category fallback list, size, performance level, name, description, snapshot
 * policy, encryption and AutoPL settings. The API spells them {@code SystemDisk.X} and
 * {@code DataDisk.N.X}.
 *
 * @since 0.1.0
 */
public interface BaseDiskSpec {
    /**
     * Returns the category ({@code Category}); excludes {@code categories}.
     *
     * @return the category
     */
    Optional<DiskCategory> getCategory();

    /**
     * Returns the categories to try in order ({@code SystemDiskCategories.N} / {@code DataDisk.N.Categories.M}); excludes {@code category}.
     *
     * @return the categories to try in order
     */
    @Size(max = ApiLimits.DISK_CATEGORIES_MAX, message = "must list at most {max} categories", payload = FieldCodes.DiskCategoriesCount.class)
    List<DiskCategory> getCategories();

    /**
     * Returns the size in GiB ({@code Size}).
     *
     * @return the size in GiB
     */
    Optional<Integer> getSize();

    /**
     * Returns the ESSD performance level ({@code PerformanceLevel}).
     *
     * @return the ESSD performance level
     */
    Optional<PerformanceLevel> getPerformanceLevel();

    /**
     * Returns the disk name ({@code DiskName}).
     *
     * @return the disk name
     */
    Optional<
            @Size(min = ApiLimits.DISK_NAME_MIN, max = ApiLimits.DISK_NAME_MAX, message = "must be {min} to {max} characters long", payload = FieldCodes.DiskNameLength.class)
            @Pattern(regexp = "(?!https?://)[A-Za-z\\p{IsHan}][A-Za-z0-9\\p{IsHan}:_.-]*", message = "must start with a letter and contain only letters, digits, ':', '_', '.' and '-'", payload = FieldCodes.DiskNameFormat.class)
            String> getDiskName();

    /**
     * Returns the disk description ({@code Description}).
     *
     * @return the disk description
     */
    Optional<
            @Size(min = ApiLimits.DESCRIPTION_MIN, max = ApiLimits.DESCRIPTION_MAX, message = "must be {min} to {max} characters long", payload = FieldCodes.DescriptionLength.class)
            @Pattern(regexp = "(?s)(?!https?://).*", message = "must not start with http:// or https://", payload = FieldCodes.DescriptionFormat.class)
            String> getDescription();

    /**
     * Returns the automatic snapshot policy ({@code AutoSnapshotPolicyId}).
     *
     * @return the automatic snapshot policy
     */
    Optional<
            @Pattern(regexp = "sp-\\S+", message = "must start with 'sp-' followed by the ID", payload = FieldCodes.IdFormat.class)
            String> getAutoSnapshotPolicyId();

    /**
     * Returns whether the disk is encrypted ({@code Encrypted}).
     *
     * @return whether the disk is encrypted
     */
    Optional<Boolean> getEncrypted();

    /**
     * Returns the KMS key that encrypts the disk ({@code KMSKeyId}).
     *
     * @return the KMS key that encrypts the disk
     */
    Optional<String> getKmsKeyId();

    /**
     * Returns whether performance bursting is on, cloud_auto only ({@code BurstingEnabled}).
     *
     * @return whether performance bursting is on, cloud_auto only
     */
    Optional<Boolean> getBurstingEnabled();

    /**
     * Returns the provisioned IOPS of a cloud_auto disk ({@code ProvisionedIops}).
     *
     * @return the provisioned IOPS of a cloud_auto disk
     */
    Optional<
            @Min(value = 0, message = "must not be negative", payload = FieldCodes.ValueNegative.class)
            Long> getProvisionedIops();
}
