/**
 * Migration plans, codemods and starter templates: turns knowledge and templates (data) into files to write. It
 * reads and returns text; the application layer decides where, and whether, to write.
 */
@NullMarked
package dev.rta.migrate;

import org.jspecify.annotations.NullMarked;
