package dev.scalecfg.validation.rules;

import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SecurityEnhancementStrategy;
import dev.scalecfg.core.Shown;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ViolationCode;
import dev.scalecfg.validation.internal.Report;
import dev.scalecfg.validation.internal.ReportingRule;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Image sources and their exclusivity. {@link #IMAGE_NAME_AND_FAMILY}: ImageName with ImageFamily
 * and no ImageId; the precedence between them is undocumented (spec §3 rule 6), so one of them is
 * silently ignored — a warning, no source says the call fails. {@link #SECURITY_ENHANCEMENT_CUSTOM_IMAGE}:
 * SecurityEnhancementStrategy=Active with a custom {@code m-…} image; the API doc says Active applies
 * to public images only and Deactive to all, it does not say a custom image is rejected, so a
 * warning; image names and families are not known to be custom or public offline and are skipped.
 *
 * @since 0.2.0
 */
public final class ImageRules {

    /** No image source. */
    public static final ViolationCode IMAGE_MISSING = ViolationCode.error("IMAGE_MISSING")
            .addParameters("ImageId", "ImageName", "ImageFamily")
            .description("one of ImageId, ImageName, ImageFamily")
            .source("spec §3.6").build();
    /** ImageId together with ImageFamily. */
    public static final ViolationCode IMAGE_ID_AND_FAMILY = ViolationCode.error("IMAGE_ID_AND_FAMILY")
            .addParameters("ImageFamily")
            .description("not with ImageId")
            .source("spec §3.6").build();
    /** ImageName ignored because of ImageId. */
    public static final ViolationCode IMAGE_NAME_IGNORED = ViolationCode.warning("IMAGE_NAME_IGNORED")
            .addParameters("ImageName")
            .description("ignored when ImageId is set")
            .source("spec §3.6").build();
    /** An image ID of an unknown shape. */
    public static final ViolationCode IMAGE_ID_FORMAT = ViolationCode.warning("IMAGE_ID_FORMAT")
            .addParameters("ImageId")
            .description("a custom image m-… or a public image file ….vhd")
            .source("API doc (ID formats)").build();
    /** ImageName together with ImageFamily. */
    public static final ViolationCode IMAGE_NAME_AND_FAMILY = ViolationCode.warning("IMAGE_NAME_AND_FAMILY")
            .addParameters("ImageName")
            .description("not with ImageFamily (the precedence is undocumented)")
            .source("spec §3.6").build();
    /** SecurityEnhancementStrategy=Active on a custom image. */
    public static final ViolationCode SECURITY_ENHANCEMENT_CUSTOM_IMAGE = ViolationCode
            .warning("SECURITY_ENHANCEMENT_CUSTOM_IMAGE")
            .addParameters("SecurityEnhancementStrategy")
            .description("Active only with public images, not a custom m-… image")
            .source("API doc (\"public images only\")").build();

    /** Every code of {@link #IMAGE}. */
    public static final List<ViolationCode> CODES = List.of(IMAGE_MISSING, IMAGE_ID_AND_FAMILY, IMAGE_NAME_IGNORED,
            IMAGE_ID_FORMAT, IMAGE_NAME_AND_FAMILY, SECURITY_ENHANCEMENT_CUSTOM_IMAGE);

    /** The rule {@code image}. */
    public static final Rule IMAGE = ReportingRule.of("image", CODES, ImageRules::image);

    /** The size token of a public image file name: {@code _20G_} in {@code aliyun_3_x64_20G_alibase_….vhd}. */
    private static final Pattern PUBLIC_IMAGE_SIZE = Pattern.compile("(?:^|_)([1-9][0-9]{0,3})G(?=_|\\.)");

    private ImageRules() {}

    private static void image(ScalingConfiguration c, ValidationContext ctx, Report r) {
        ImageSpec image = c.getImage();
        if (image.getImageId().isEmpty() && image.getImageName().isEmpty() && image.getImageFamily().isEmpty()) {
            r.add(IMAGE_MISSING, "image.imageId", p -> "no image is set; set ImageId, ImageName or ImageFamily");
        }
        image.getImageId().ifPresent(id -> {
            if (image.getImageFamily().isPresent()) {
                r.add(IMAGE_ID_AND_FAMILY, "image.imageFamily", p -> p + " is \"" + Shown.text(image.getImageFamily().get())
                        + "\" while ImageId is set; ImageFamily must not be combined with ImageId, remove one");
            }
            if (image.getImageName().isPresent()) {
                r.add(IMAGE_NAME_IGNORED, "image.imageName", p -> p + " is \"" + Shown.text(image.getImageName().get())
                        + "\" but ImageId is set, so the name is ignored; remove one of them");
            }
            if (!id.startsWith("m-") && !id.endsWith(".vhd")) {
                r.add(IMAGE_ID_FORMAT, "image.imageId", p -> p + " is \"" + Shown.text(id)
                        + "\", neither a custom image ID (m-…) nor a public image file name (….vhd); check the ID");
            }
            if (id.startsWith("m-") && c.getSecurityEnhancementStrategy().orElse(null) == SecurityEnhancementStrategy.ACTIVE) {
                r.add(SECURITY_ENHANCEMENT_CUSTOM_IMAGE, "securityEnhancementStrategy", p -> p + " is Active but"
                        + " the image " + Shown.text(id) + " is a custom image; Active applies to public images only, set"
                        + " Deactive or remove it");
            }
        });
        if (image.getImageId().isEmpty() && image.getImageName().isPresent() && image.getImageFamily().isPresent()) {
            r.add(IMAGE_NAME_AND_FAMILY, "image.imageName", p -> p + " is \"" + Shown.text(image.getImageName().get())
                    + "\" while ImageFamily is \"" + Shown.text(image.getImageFamily().get()) + "\"; which of them ESS uses"
                    + " is undocumented, remove one");
        }
    }

    /**
     * Returns the size in GiB that a public image's file name states ({@code _20G_}, {@code _40G_});
     * empty for custom images ({@code m-…}), image names and families, whose size is unknown offline.
     *
     * @param image the image settings
     * @return the image size in GiB, when the image ID states it
     */
    static Optional<Integer> publicImageSizeGib(ImageSpec image) {
        return image.getImageId().filter(id -> !id.startsWith("m-") && id.endsWith(".vhd")).flatMap(id -> {
            Matcher m = PUBLIC_IMAGE_SIZE.matcher(id);
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        });
    }
}
