/** scalecfg examples. */
package dev.scalecfg.examples;
