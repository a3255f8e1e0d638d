/**
 * Reading the inputs commands are given: files, standard input and JSON Lines records, decoded
 * strictly.
 */
package dev.precis.io;
