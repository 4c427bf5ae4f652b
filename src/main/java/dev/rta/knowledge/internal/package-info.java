/** Library glue for the knowledge part: SnakeYAML nodes to records. Not API. */
@NullMarked
package dev.rta.knowledge.internal;

import org.jspecify.annotations.NullMarked;
