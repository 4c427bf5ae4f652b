/**
 * {@code rta serve}: the advisor as a local web application and JSON API. Like the command line, it parses a
 * request, calls the use cases of {@code dev.rta.app} and presents their results ({@code dev.rta.report} for
 * JSON, Pebble templates for HTML); it decides nothing itself.
 */
@NullMarked
package dev.rta.web;

import org.jspecify.annotations.NullMarked;
