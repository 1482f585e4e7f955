/**
 * Reading whole documents in any supported format: what a file holds (one or more scaling
 * configurations, each with the value-level problems found in it), how a format is recognised,
 * and the limits every reader enforces.
 *
 * <p>A {@link dev.scalecfg.core.io.DocumentReader} turns one text into a
 * {@link dev.scalecfg.core.io.ConfigDocument}. A text that is not the format at all (not JSON, not
 * a command line, over a size limit) is refused with a
 * {@link dev.scalecfg.core.ConfigFormatException}; a text that can be read but holds wrong values
 * gives a document whose entries carry those mistakes as {@link dev.scalecfg.core.FormatError}s with
 * stable codes, which the validator reports together with its own violations.
 *
 * @since 0.2.0
 */
@ScalingStyle
package dev.scalecfg.core.io;

import dev.scalecfg.core.ScalingStyle;
