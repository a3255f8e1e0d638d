/**
 * Machine translation of documents: the {@link dev.precis.core.translate.Translator} stage
 * with its backends (the local Apertium binary, an APy server, a LibreTranslate server),
 * language codes and detection, and the protection of names that a rule-based engine would
 * otherwise translate as words. {@link dev.precis.core.translate.DocumentTranslator} is the
 * hook every command uses: a document's strings go out in one batch and come back aligned.
 */
package dev.precis.core.translate;
