/**
 * Extractive summaries: a shared text-analysis layer ({@link dev.precis.core.summary.TextAnalyzer}),
 * the analysed article ({@link dev.precis.core.summary.Article}), sentence rankers behind one
 * {@link dev.precis.core.summary.Ranker} interface, and the selection of sentences under a
 * length limit with redundancy control ({@link dev.precis.core.summary.Summarizer}).
 */
package dev.precis.core.summary;
