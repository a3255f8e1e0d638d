package dev.precis.core.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.core.Lazy;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Apertium behind an APy server ({@code apertium-apy}): {@code GET /listPairs} and
 * {@code POST /translate}, the whole batch in one request, with the same paragraph protocol
 * and repairs as the local engine.
 */
public final class ApyTranslator implements Translator {
  public static final String NAME = "apy";
  public static final String DEFAULT_URL = "http://127.0.0.1:2737";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpService service;
  private final Lazy<List<LanguagePair>> pairs = Lazy.of(this::listPairs);

  public ApyTranslator(URI url, Duration timeout) {
    this.service = new HttpService(NAME, url, timeout);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void checkAvailable() {
    pairs.get();
  }

  @Override
  public List<LanguagePair> pairs() {
    return pairs.get();
  }

  @Override
  public List<String> translate(LanguagePair pair, List<String> segments, boolean markUnknown) {
    if (segments.isEmpty()) {
      return List.of();
    }
    JsonNode answer = parse(service.postForm("translate", Map.of("langpair", pair.id(),
        "q", ApertiumText.join(segments), "markUnknown", markUnknown ? "yes" : "no")));
    JsonNode text = answer.path("responseData").path("translatedText");
    if (!text.isTextual()) {
      throw service.error("no translatedText in the answer (status "
          + answer.path("responseStatus").asText("?") + ": "
          + answer.path("responseDetails").asText("") + ")");
    }
    List<String> parts = ApertiumText.split(text.asText(), segments.size());
    if (parts == null) {
      throw service.error("the answer lost the segment alignment");
    }
    List<String> out = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      out.add(ApertiumText.finish(segments.get(i), parts.get(i), markUnknown));
    }
    return out;
  }

  private List<LanguagePair> listPairs() {
    JsonNode answer = parse(service.get("listPairs"));
    List<LanguagePair> list = new ArrayList<>();
    for (JsonNode p : answer.path("responseData")) {
      String source = p.path("sourceLanguage").asText();
      String target = p.path("targetLanguage").asText();
      String from = LanguageCodes.toIso3OrNull(source.replaceAll("_.*", ""));
      String to = LanguageCodes.toIso3OrNull(target.replaceAll("_.*", ""));
      if (from != null && to != null) {
        list.add(new LanguagePair(from, to, source + "|" + target));
      }
    }
    return List.copyOf(list);
  }

  private JsonNode parse(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw service.error("answer is not JSON");
    }
  }
}
