/** What {@code rta analyze} found in a Cargo workspace: runtimes, inferred answers, findings. */
@NullMarked
package dev.rta.domain.analysis;

import org.jspecify.annotations.NullMarked;
