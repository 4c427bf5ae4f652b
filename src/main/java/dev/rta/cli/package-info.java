/**
 * The command line: picocli commands, the composition root that wires the knowledge pack, engine,
 * analyzer and renderers together, and the only place that maps results to exit codes.
 */
@NullMarked
package dev.rta.cli;

import org.jspecify.annotations.NullMarked;
