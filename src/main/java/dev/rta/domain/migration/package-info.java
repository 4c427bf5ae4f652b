/** What {@code rta migrate} plans for a Cargo workspace: the edits per file and what a person must review. */
@NullMarked
package dev.rta.domain.migration;

import org.jspecify.annotations.NullMarked;
