/**
 * The decision: compiles a knowledge pack into rules for a baseline (the document exactly, or with
 * the corrections layer), evaluates them against answers, explains the result, and proves a pack's
 * decision tables complete.
 */
@NullMarked
package dev.rta.engine;

import org.jspecify.annotations.NullMarked;
