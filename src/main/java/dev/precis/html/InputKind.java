package dev.precis.html;

/** What an input is: HTML or plain text, or AUTO to let {@link HtmlDetector} decide. */
public enum InputKind {
  AUTO, HTML, TEXT
}
