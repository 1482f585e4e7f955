/**
 * Terraform and ROS readers and writers for scalecfg: {@code .tf} and {@code .tf.json}
 * configurations, {@code terraform show -json} plans and states, and ROS templates in JSON and
 * YAML, read into {@link dev.scalecfg.core.io.ConfigDocument}s and written back.
 */
module dev.scalecfg.interop {
    requires transitive dev.scalecfg.core;
    requires static org.immutables.value;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;

    exports dev.scalecfg.interop;

    provides dev.scalecfg.core.io.DocumentReader with
            dev.scalecfg.interop.TerraformReader,
            dev.scalecfg.interop.TerraformShowReader,
            dev.scalecfg.interop.RosReader;
}
