package dev.scalecfg.interop;

import dev.scalecfg.core.io.ConfigFormat;

/**
 * The formats this module reads and writes.
 *
 * @since 0.2.0
 */
public final class InteropFormats {
    /** Terraform configuration: {@code .tf} files (HCL native syntax) and {@code .tf.json}. */
    public static final ConfigFormat TERRAFORM = ConfigFormat.of("terraform", "Terraform configuration");
    /** The JSON of {@code terraform show -json} for a plan or a state, or a state file. */
    public static final ConfigFormat TERRAFORM_SHOW = ConfigFormat.of("terraform-show", "Terraform plan or state JSON");
    /** A ROS template, JSON or YAML. */
    public static final ConfigFormat ROS = ConfigFormat.of("ros", "ROS template");

    private InteropFormats() {}
}
