/** Internals of the interop module: not exported, may change without notice. */
package dev.scalecfg.interop.internal;
