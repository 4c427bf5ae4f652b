/**
 * The knowledge pack as data: the specification document's flowchart, matrices, checklist and
 * profiles (the seed layer), the corrections layer on top of it, and rta's own recorded decisions.
 */
@NullMarked
package dev.rta.domain.pack;

import org.jspecify.annotations.NullMarked;
