/** The result of a decision: the recommendation, what was rejected and why, the trace. */
@NullMarked
package dev.rta.domain.decision;

import org.jspecify.annotations.NullMarked;
