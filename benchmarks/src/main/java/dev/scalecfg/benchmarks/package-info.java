/** scalecfg benchmarks. */
package dev.scalecfg.benchmarks;
