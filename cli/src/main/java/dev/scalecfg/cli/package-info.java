/** scalecfg cli. */
package dev.scalecfg.cli;
