/**
 * Key phrases of an article: noun-phrase candidates from the part-of-speech model, ranked by
 * TextRank over the co-occurrence graph of their words.
 */
package dev.precis.core.keywords;
