/**
 * The pipeline API: one entry point per task ({@link dev.precis.api.Precis#split split},
 * {@link dev.precis.api.Precis#summarize summarize}, {@link dev.precis.api.Precis#quotes quotes},
 * {@link dev.precis.api.Precis#keywords keywords}, {@link dev.precis.api.Precis#extract extract},
 * {@link dev.precis.api.Precis#translate translate}, {@link dev.precis.api.Precis#detect detect}),
 * each taking an {@link dev.precis.api.ArticleInput} and an immutable options value and
 * returning an immutable result. The command line, the shell, batch and the Spark job all run
 * documents through it; {@code dev.precis.format.Results} turns results into text, Markdown or
 * JSON. No command-line or terminal library is used here.
 */
package dev.precis.api;
