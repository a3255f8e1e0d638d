/**
 * The document model (text and spans into it) and the stages that add layers to it. No command-
 * line or terminal code lives here: no picocli, no JLine, no printing, no exiting.
 */
package dev.precis.core;
