/**
 * The pure core of rta: answers and conditions, problems, and the value types the other parts
 * exchange. No I/O and no dependency outside the JDK (and JSpecify's annotations).
 */
@NullMarked
package dev.rta.domain;

import org.jspecify.annotations.NullMarked;
