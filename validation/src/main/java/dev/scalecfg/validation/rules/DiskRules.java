package dev.scalecfg.validation.rules;

import static dev.scalecfg.core.ApiLimits.DEFAULT_PERFORMANCE_LEVEL;
import static dev.scalecfg.core.ApiLimits.EPHEMERAL_TOTAL_MAX_GIB;

import dev.scalecfg.core.ApiLimits;
import dev.scalecfg.core.ApiLimits.DiskSize;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.IoOptimized;
import dev.scalecfg.core.PerformanceLevel;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.SystemDiskSpec;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ViolationCode;
import dev.scalecfg.validation.internal.Report;
import dev.scalecfg.validation.internal.ReportingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The system disk ({@code system-disk}) and the data disks ({@code data-disks}).
 *
 * <p>Sizes follow the table of {@link ApiLimits#systemDiskSize} (newest documented rule, SDK docs
 * from 2025-02, which superseded the flat 20–500) and {@link ApiLimits#dataDiskSize}. The default
 * category is cloud_efficiency (cloud when IoOptimized is none); the default ESSD level is PL1
 * (newest docs; older ones said PL0). With a fallback list the size must fit every listed category;
 * an unknown category gets {@link #DISK_CATEGORY_UNKNOWN} and no size check. A data disk with a
 * SnapshotId gets no size check: the API ignores Size then and uses the snapshot's size (API doc
 * 2014, SDK doc 2022; Terraform sends Size=0 for a snapshot-only disk). The system disk must be at
 * least as large as the image (API doc, all versions: "must be ≥ image size"); offline that size is
 * known only for public images, whose file name states it ({@code _20G_}, {@code _40G_}), and it is
 * checked only when the size fits the category range, so one wrong size yields one code. The count
 * of data disks is a field constraint.
 *
 * @since 0.2.0
 */
public final class DiskRules {

    /** A size outside the category's range. */
    public static final ViolationCode DISK_SIZE_OUT_OF_RANGE = ViolationCode.error("DISK_SIZE_OUT_OF_RANGE")
            .addParameters("SystemDisk.Size", "DataDisk.N.Size")
            .description("per category and performance level, see the disk-size table")
            .source("SDK docs from 2025-02 (system), ESS and ECS (data)").build();
    /** A system disk smaller than its image. */
    public static final ViolationCode SYSTEM_DISK_SMALLER_THAN_IMAGE = ViolationCode.error("SYSTEM_DISK_SMALLER_THAN_IMAGE")
            .addParameters("SystemDisk.Size")
            .description("at least the image size, when a public image ID states it (_20G_, _40G_)")
            .source("API doc, SDK docs (\"≥ image size\")").build();
    /** An undocumented category. */
    public static final ViolationCode DISK_CATEGORY_UNKNOWN = ViolationCode.warning("DISK_CATEGORY_UNKNOWN")
            .addParameters("SystemDisk.Category", "DataDisk.N.Category")
            .description("one of cloud, cloud_efficiency, cloud_ssd, cloud_essd, ephemeral_ssd, cloud_auto")
            .source("DiskCategory.isKnown()").build();
    /** A category together with a fallback list. */
    public static final ViolationCode DISK_CATEGORY_CONFLICT = ViolationCode.error("DISK_CATEGORY_CONFLICT")
            .addParameters("SystemDisk.Category", "SystemDiskCategories.N", "DataDisk.N.Category", "DataDisk.N.Categories.M")
            .description("a category or a fallback list, not both")
            .source("spec §3.14").build();
    /** A category a fallback list does not take. */
    public static final ViolationCode DISK_CATEGORIES_NOT_ALLOWED = ViolationCode.error("DISK_CATEGORIES_NOT_ALLOWED")
            .addParameters("SystemDiskCategories.N", "DataDisk.N.Categories.M")
            .description("only cloud, cloud_efficiency, cloud_ssd and cloud_essd")
            .source("SDK doc 2023-01").build();
    /** A performance level on a disk that is not ESSD. */
    public static final ViolationCode PERFORMANCE_LEVEL_NOT_ESSD = ViolationCode.warning("PERFORMANCE_LEVEL_NOT_ESSD")
            .addParameters("SystemDisk.PerformanceLevel", "DataDisk.N.PerformanceLevel")
            .description("only cloud_essd")
            .source("API doc").build();
    /** DeleteWithInstance on a disk that is not a cloud disk. */
    public static final ViolationCode DELETE_WITH_INSTANCE_CATEGORY = ViolationCode.error("DELETE_WITH_INSTANCE_CATEGORY")
            .addParameters("DataDisk.N.DeleteWithInstance")
            .description("only cloud, cloud_efficiency, cloud_ssd and cloud_essd")
            .source("API doc").build();
    /** Bursting on a disk that is not cloud_auto. */
    public static final ViolationCode BURSTING_REQUIRES_CLOUD_AUTO = ViolationCode.error("BURSTING_REQUIRES_CLOUD_AUTO")
            .addParameters("SystemDisk.BurstingEnabled", "DataDisk.N.BurstingEnabled")
            .description("only cloud_auto")
            .source("API doc").build();
    /** Too much ephemeral storage. */
    public static final ViolationCode EPHEMERAL_DISK_TOTAL = ViolationCode.error("EPHEMERAL_DISK_TOTAL")
            .addParameters("DataDisk.N.Size")
            .description("the ephemeral_ssd sizes total at most " + EPHEMERAL_TOTAL_MAX_GIB + " GiB")
            .source("API doc (QuotaExceeded.EphemeralDiskSize)").build();
    /** Encryption settings without Encrypted=true. */
    public static final ViolationCode ENCRYPTION_SETTINGS_IGNORED = ViolationCode.warning("ENCRYPTION_SETTINGS_IGNORED")
            .addParameters("SystemDisk.KMSKeyId", "SystemDisk.EncryptAlgorithm", "DataDisk.N.KMSKeyId")
            .description("only with Encrypted = true")
            .source("ECS (unverified for ESS)").build();

    /** Every code of {@link #SYSTEM_DISK}. */
    public static final List<ViolationCode> SYSTEM_DISK_CODES = List.of(DISK_SIZE_OUT_OF_RANGE,
            SYSTEM_DISK_SMALLER_THAN_IMAGE, DISK_CATEGORY_UNKNOWN, DISK_CATEGORY_CONFLICT, DISK_CATEGORIES_NOT_ALLOWED,
            PERFORMANCE_LEVEL_NOT_ESSD, BURSTING_REQUIRES_CLOUD_AUTO, ENCRYPTION_SETTINGS_IGNORED);

    /** Every code of {@link #DATA_DISKS}. */
    public static final List<ViolationCode> DATA_DISK_CODES = List.of(DISK_SIZE_OUT_OF_RANGE, DISK_CATEGORY_UNKNOWN,
            DISK_CATEGORY_CONFLICT, DISK_CATEGORIES_NOT_ALLOWED, PERFORMANCE_LEVEL_NOT_ESSD, DELETE_WITH_INSTANCE_CATEGORY,
            BURSTING_REQUIRES_CLOUD_AUTO, EPHEMERAL_DISK_TOTAL, ENCRYPTION_SETTINGS_IGNORED);

    /** The rule {@code system-disk}. */
    public static final Rule SYSTEM_DISK = ReportingRule.of("system-disk", SYSTEM_DISK_CODES, DiskRules::systemDisk);

    /** The rule {@code data-disks}. */
    public static final Rule DATA_DISKS = ReportingRule.of("data-disks", DATA_DISK_CODES, DiskRules::dataDisks);

    /** The categories a fallback list takes. */
    private static final Set<DiskCategory> FALLBACK_CATEGORIES = Set.of(
            DiskCategory.CLOUD, DiskCategory.CLOUD_EFFICIENCY, DiskCategory.CLOUD_SSD, DiskCategory.CLOUD_ESSD);

    private DiskRules() {}

    /** How a message names a category at a level: {@code cloud_essd at PL2}, {@code cloud}. */
    private static String label(DiskCategory category, PerformanceLevel level) {
        return category.equals(DiskCategory.CLOUD_ESSD) ? "cloud_essd at " + level.apiValue() : category.apiValue();
    }

    private static DiskCategory defaultCategory(ScalingConfiguration c) {
        return c.getNetwork().getIoOptimized().orElse(IoOptimized.OPTIMIZED) == IoOptimized.NONE
                ? DiskCategory.CLOUD : DiskCategory.CLOUD_EFFICIENCY;
    }

    /** The system disk: categories, size per category and PL, PL, bursting, encryption. */
    private static void systemDisk(ScalingConfiguration c, ValidationContext ctx, Report r) {
        SystemDiskSpec disk = c.getSystemDisk();
        List<DiskCategory> effective = categories(r, "systemDisk", disk.getCategory(), disk.getCategories(), defaultCategory(c));
        PerformanceLevel level = disk.getPerformanceLevel().orElse(DEFAULT_PERFORMANCE_LEVEL);
        disk.getSize().ifPresent(size -> {
            boolean inRange = checkSize(r, "systemDisk.size", size, effective, level,
                    cat -> ApiLimits.systemDiskSize(cat, level));
            Optional<Integer> imageSize = ImageRules.publicImageSizeGib(c.getImage());
            if (inRange && imageSize.isPresent() && size < imageSize.get()) {
                r.add(SYSTEM_DISK_SMALLER_THAN_IMAGE, "systemDisk.size", p -> p + " is " + size + " GiB but the image "
                        + Shown.text(c.getImage().getImageId().get()) + " is " + imageSize.get() + " GiB; the system disk"
                        + " must be at least as large as the image, use " + imageSize.get() + " GiB or more");
            }
        });
        commonDiskChecks(r, "systemDisk", effective, disk.getPerformanceLevel(), disk.getBurstingEnabled());
        if (!disk.getEncrypted().orElse(false)) {
            if (disk.getKmsKeyId().isPresent()) {
                r.add(ENCRYPTION_SETTINGS_IGNORED, "systemDisk.kmsKeyId", p -> p
                        + " is set but Encrypted is not true, so it is ignored; set SystemDisk.Encrypted to true");
            } else if (disk.getEncryptAlgorithm().isPresent()) {
                r.add(ENCRYPTION_SETTINGS_IGNORED, "systemDisk.encryptAlgorithm", p -> p + " is "
                        + disk.getEncryptAlgorithm().get().apiValue()
                        + " but Encrypted is not true, so it is ignored; set SystemDisk.Encrypted to true");
            }
        }
    }

    /** Each data disk, plus the total ephemeral capacity. */
    private static void dataDisks(ScalingConfiguration c, ValidationContext ctx, Report r) {
        List<DiskSpec> disks = c.getDataDisks();
        long ephemeral = 0;
        for (int i = 0; i < disks.size(); i++) {
            DiskSpec disk = disks.get(i);
            String base = "dataDisks[" + i + "]";
            List<DiskCategory> effective = categories(r, base, disk.getCategory(), disk.getCategories(), defaultCategory(c));
            PerformanceLevel level = disk.getPerformanceLevel().orElse(DEFAULT_PERFORMANCE_LEVEL);
            if (disk.getSnapshotId().isEmpty()) {
                // with a snapshot, Size is ignored and the disk takes the snapshot's size (API doc 2014
                // and SDK 2022); Terraform sends Size=0 for a snapshot-only disk
                disk.getSize().ifPresent(size ->
                        checkSize(r, base + ".size", size, effective, level, cat -> ApiLimits.dataDiskSize(cat, level)));
            }
            commonDiskChecks(r, base, effective, disk.getPerformanceLevel(), disk.getBurstingEnabled());
            if (disk.getDeleteWithInstance().isPresent()) {
                effective.stream().filter(cat -> cat.isKnown() && !cat.isCloudDisk()).findFirst().ifPresent(cat ->
                        r.add(DELETE_WITH_INSTANCE_CATEGORY, base + ".deleteWithInstance", p -> p + " is set for the "
                                + cat.apiValue() + " disk; only cloud, cloud_efficiency, cloud_ssd and cloud_essd disks"
                                + " take it, remove it"));
            }
            if (disk.getKmsKeyId().isPresent() && !disk.getEncrypted().orElse(false)) {
                r.add(ENCRYPTION_SETTINGS_IGNORED, base + ".kmsKeyId", p -> p
                        + " is set but Encrypted is not true, so it is ignored; set Encrypted to true");
            }
            if (effective.size() == 1 && effective.get(0).equals(DiskCategory.EPHEMERAL_SSD)) {
                ephemeral += disk.getSize().orElse(0);
            }
        }
        if (ephemeral > EPHEMERAL_TOTAL_MAX_GIB) {
            long total = ephemeral;
            r.add(EPHEMERAL_DISK_TOTAL, "dataDisks", p -> p + ": the ephemeral_ssd data disks total " + total
                    + " GiB; an instance takes at most " + EPHEMERAL_TOTAL_MAX_GIB + " GiB of ephemeral disks, shrink them");
        }
    }

    private static List<DiskCategory> categories(Report r, String base, Optional<DiskCategory> category,
            List<DiskCategory> categories, DiskCategory fallback) {
        if (category.isPresent() && !categories.isEmpty()) {
            r.add(DISK_CATEGORY_CONFLICT, base + ".categories", p -> p + " is set together with the single"
                    + " category " + Shown.text(category.get().apiValue()) + "; give either one category or a fallback list");
        }
        for (int j = 0; j < categories.size(); j++) {
            DiskCategory cat = categories.get(j);
            if (!FALLBACK_CATEGORIES.contains(cat)) {
                r.add(DISK_CATEGORIES_NOT_ALLOWED, base + ".categories[" + j + "]", p -> p + " is "
                        + Shown.text(cat.apiValue()) + "; a fallback list takes only cloud, cloud_efficiency, cloud_ssd"
                        + " and cloud_essd");
            }
        }
        category.filter(cat -> !cat.isKnown()).ifPresent(cat -> r.add(DISK_CATEGORY_UNKNOWN,
                base + ".category", p -> p + " is " + Shown.text(cat.apiValue()) + ", not a documented category (cloud,"
                        + " cloud_efficiency, cloud_ssd, cloud_essd, ephemeral_ssd, cloud_auto); check the spelling"));
        if (category.isPresent()) {
            return List.of(category.get());
        }
        if (!categories.isEmpty()) {
            List<DiskCategory> allowed = new ArrayList<>();
            categories.stream().filter(FALLBACK_CATEGORIES::contains).forEach(allowed::add);
            return allowed;
        }
        return List.of(fallback);
    }

    /** Reports DISK_SIZE_OUT_OF_RANGE at most once; returns true when the size fits every known category. */
    private static boolean checkSize(Report r, String path, int size, List<DiskCategory> categories, PerformanceLevel level,
            Function<DiskCategory, Optional<DiskSize>> ranges) {
        for (DiskCategory cat : categories) {
            Optional<DiskSize> found = ranges.apply(cat);
            if (found.isEmpty()) {
                continue; // an unknown category: DISK_CATEGORY_UNKNOWN, no size check
            }
            DiskSize range = found.get();
            if (!range.contains(size)) {
                r.add(DISK_SIZE_OUT_OF_RANGE, path, p -> p + " is " + size + " GiB; " + label(cat, level) + " takes "
                        + range.min() + " to " + range.max() + " GiB");
                return false;
            }
        }
        return true;
    }

    private static void commonDiskChecks(Report r, String base, List<DiskCategory> effective,
            Optional<PerformanceLevel> level, Optional<Boolean> bursting) {
        boolean allKnown = !effective.isEmpty() && effective.stream().allMatch(DiskCategory::isKnown);
        if (level.isPresent() && allKnown && !effective.contains(DiskCategory.CLOUD_ESSD)) {
            r.add(PERFORMANCE_LEVEL_NOT_ESSD, base + ".performanceLevel", p -> p + " is " + level.get().apiValue()
                    + " but the disk is " + names(effective) + "; performance levels apply to cloud_essd only, remove it");
        }
        if (bursting.orElse(false) && allKnown && !effective.contains(DiskCategory.CLOUD_AUTO)) {
            r.add(BURSTING_REQUIRES_CLOUD_AUTO, base + ".burstingEnabled", p -> p + " is true but the disk is "
                    + names(effective) + "; bursting needs the cloud_auto category");
        }
    }

    private static String names(List<DiskCategory> categories) {
        List<String> out = new ArrayList<>();
        categories.forEach(cat -> out.add(cat.apiValue()));
        return String.join("/", out);
    }
}
