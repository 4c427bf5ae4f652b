package dev.rta.domain;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * A user-facing text in English and Simplified Chinese.
 *
 * @param en the English text
 * @param zh the Chinese text
 */
public record LocalizedText(String en, String zh) {
  public LocalizedText {
    requireNonNull(en, "en");
    requireNonNull(zh, "zh");
  }

  public static LocalizedText of(String en, String zh) {
    return new LocalizedText(en, zh);
  }

  /** The same text in both languages (names, code). */
  public static LocalizedText same(String text) {
    return new LocalizedText(text, text);
  }

  public String in(Lang lang) {
    return lang == Lang.ZH ? zh : en;
  }

  public Map<String, String> asMap() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("en", en);
    m.put("zh", zh);
    return java.util.Collections.unmodifiableMap(m);
  }
}
