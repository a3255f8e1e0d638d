/**
 * Sentence splitters: the {@link dev.precis.core.split.SentenceSplitter} stage and its named
 * implementations (the news splitter, OpenNLP's, and the rules alone), which add the sentence
 * layer to a {@link dev.precis.core.Document}.
 */
package dev.precis.core.split;
