/**
 * Renderers: text for a terminal, JSON with a published schema, Markdown ADRs in MADR 4 layout, SVG
 * drawings for the web UI. They turn domain results into documents and never decide anything.
 */
@NullMarked
package dev.rta.report;

import org.jspecify.annotations.NullMarked;
