/** The use cases: analyse a project and decide per member; the CLI and the web UI call these. */
@NullMarked
package dev.rta.app;

import org.jspecify.annotations.NullMarked;
