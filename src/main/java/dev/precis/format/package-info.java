/**
 * Renderers: turn documents and stage results into text, Markdown or the versioned JSON shape.
 * They only format; they decide nothing.
 */
package dev.precis.format;
