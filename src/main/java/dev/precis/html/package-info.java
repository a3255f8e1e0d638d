/**
 * Article extraction from HTML: finding a page's title, byline, language and article body
 * (boilerplate such as navigation, adverts, related links and comments removed), and
 * deciding whether an input is HTML at all. Core-side: no command-line code, no printing.
 */
package dev.precis.html;
