/**
 * Terraform and ROS: readers and writers for the formats users keep scaling configurations in
 * besides the ESS API.
 *
 * @since 0.2.0
 */
package dev.scalecfg.interop;
