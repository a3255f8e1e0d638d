/**
 * precis on Apache Spark: {@link dev.precis.spark.PrecisJob} runs a document command over a
 * corpus (JSON Lines, Parquet or a folder of files) and writes what {@code precis COMMAND
 * --jsonl} prints for each record; {@link dev.precis.spark.PrecisFunctions} adds result
 * columns to a Dataset with a text column. Spark is a {@code provided} dependency: these
 * classes run under {@code spark-submit} or {@code bin/precis-spark} only.
 */
package dev.precis.spark;
