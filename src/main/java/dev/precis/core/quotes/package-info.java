/**
 * Quotations and who said them: quotation-mark pairing, the OpenNLP tagger the rules read,
 * the rule-based quote extractor and speaker resolution within an article.
 */
package dev.precis.core.quotes;
