/** Terraform and ROS readers and writers for scalecfg. */
module dev.scalecfg.interop {
    requires transitive dev.scalecfg.core;
    requires static org.immutables.value;

    exports dev.scalecfg.interop;
}
