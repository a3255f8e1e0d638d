package dev.precis.core.translate;

import java.util.List;
import java.util.Optional;

/**
 * The Apertium language-pair packages Debian has, so an install hint names a package that
 * exists: there is no apertium-ita-eng, and `sudo apt-get install apertium-ita-eng` would only
 * fail. The list is Debian 12 (bookworm)'s, from {@code apt-cache search --names-only
 * '^apertium-'} without the tools (apertium-dev, apertium-lex-tools, ...); a package named
 * X-Y usually holds both directions, so it is offered for either.
 */
public final class DebianPackages {
  static final List<String> PAIR_PACKAGES = List.of(
      "apertium-af-nl", "apertium-afr-nld", "apertium-arg-cat", "apertium-bel-rus",
      "apertium-br-fr", "apertium-ca-it", "apertium-cat-ita", "apertium-cat-srd",
      "apertium-dan-nor", "apertium-en-ca", "apertium-en-es", "apertium-en-gl",
      "apertium-eng-cat", "apertium-eng-spa", "apertium-eo-ca", "apertium-eo-en",
      "apertium-eo-es", "apertium-eo-fr", "apertium-es-ast", "apertium-es-ca", "apertium-es-gl",
      "apertium-es-it", "apertium-es-pt", "apertium-es-ro", "apertium-eu-en", "apertium-eu-es",
      "apertium-fr-es", "apertium-fra-cat", "apertium-fra-frp", "apertium-hbs-eng",
      "apertium-hbs-mkd", "apertium-hbs-slv", "apertium-id-ms", "apertium-ind-zlm",
      "apertium-is-sv", "apertium-isl-eng", "apertium-isl-swe", "apertium-mk-bg",
      "apertium-mk-en", "apertium-mkd-bul", "apertium-mkd-eng", "apertium-nno-nob",
      "apertium-oc-ca", "apertium-oc-es", "apertium-oci-fra", "apertium-pol-szl",
      "apertium-por-cat", "apertium-pt-ca", "apertium-pt-gl", "apertium-rus-ukr",
      "apertium-spa-arg", "apertium-spa-ast", "apertium-spa-cat", "apertium-spa-ita",
      "apertium-srd-ita", "apertium-swe-dan", "apertium-swe-nor", "apertium-urd-hin");

  private DebianPackages() {}

  /** The package for a pair between {@code from} and {@code to} (any code form), if any. */
  public static Optional<String> pairPackage(String from, String to) {
    String a = LanguageCodes.toIso3OrNull(from);
    String b = LanguageCodes.toIso3OrNull(to);
    if (a == null || b == null) {
      return Optional.empty();
    }
    String best = null;
    for (String name : PAIR_PACKAGES) {
      String[] codes = name.substring("apertium-".length()).split("-");
      String x = LanguageCodes.toIso3OrNull(codes[0]);
      String y = LanguageCodes.toIso3OrNull(codes[1]);
      if ((a.equals(x) && b.equals(y)) || (a.equals(y) && b.equals(x))) {
        // the 3-letter package is the newer one where Debian has both (eng-spa, en-es)
        if (best == null || name.length() > best.length()) {
          best = name;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The hint for a missing pair: the package to install, or that Debian has none. */
  public static String installHint(String from, String to) {
    return pairPackage(from, to)
        .map(p -> "install it with: sudo apt-get install " + p + "; see 'precis languages'")
        .orElse("Debian packages no Apertium pair between " + from + " and " + to
            + "; see 'precis languages'");
  }
}
