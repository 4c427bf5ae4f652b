/**
 * Loading and validating the knowledge pack: YAML files, bundled or from a directory, bound to the
 * domain's records with every problem reported at once as {@code file:line: message}.
 */
@NullMarked
package dev.rta.knowledge;

import org.jspecify.annotations.NullMarked;
