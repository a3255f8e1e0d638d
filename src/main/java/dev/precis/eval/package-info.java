/**
 * Evaluation against gold data: sentence boundaries and throughput. Results are values; commands
 * print them.
 */
package dev.precis.eval;
