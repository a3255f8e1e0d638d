package dev.precis.core.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.Lazy;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A LibreTranslate server: {@code GET /languages} and {@code POST /translate} with the
 * segments as one JSON array (its batch form), so alignment is the server's own. Its neural
 * models keep names by themselves, so no masking is applied.
 */
public final class LibreTranslateTranslator implements Translator {
  public static final String NAME = "libretranslate";
  public static final String DEFAULT_URL = "http://127.0.0.1:5000";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpService service;
  private final String apiKey;
  private final Lazy<List<LanguagePair>> pairs = Lazy.of(this::listPairs);

  public LibreTranslateTranslator(URI url, Duration timeout, String apiKey) {
    this.service = new HttpService(NAME, url, timeout);
    this.apiKey = apiKey;
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
  public boolean needsNameProtection() {
    return false;
  }

  @Override
  public List<String> translate(LanguagePair pair, List<String> segments, boolean markUnknown) {
    if (segments.isEmpty()) {
      return List.of();
    }
    String[] codes = pair.id().split(">", 2);
    ObjectNode request = MAPPER.createObjectNode();
    var q = request.putArray("q");
    segments.forEach(s -> q.add(ApertiumText.oneLine(s)));
    request.put("source", codes[0]).put("target", codes[1]).put("format", "text");
    if (apiKey != null) {
      request.put("api_key", apiKey);
    }
    JsonNode answer = parse(service.postJson("translate", request.toString()));
    JsonNode texts = answer.path("translatedText");
    if (!texts.isArray() || texts.size() != segments.size()
        || !java.util.stream.StreamSupport.stream(texts.spliterator(), false).allMatch(JsonNode::isTextual)) {
      throw service.error(answer.has("error") ? answer.path("error").asText()
          : "expected " + segments.size() + " translations (strings) back");
    }
    List<String> out = new ArrayList<>(segments.size());
    texts.forEach(t -> out.add(t.asText().strip()));
    return out;
  }

  private List<LanguagePair> listPairs() {
    JsonNode answer = parse(service.get("languages"));
    List<LanguagePair> list = new ArrayList<>();
    for (JsonNode language : answer) {
      String source = language.path("code").asText();
      String from = LanguageCodes.toIso3OrNull(source);
      for (JsonNode target : language.path("targets")) {
        String to = LanguageCodes.toIso3OrNull(target.asText());
        if (from != null && to != null && !from.equals(to)) {
          list.add(new LanguagePair(from, to, source + ">" + target.asText()));
        }
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
