package dev.rta.domain;

import java.util.Locale;

/** A language of the user-facing texts. */
public enum Lang {
  EN("en"),
  ZH("zh");

  private final String code;

  Lang(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public Locale locale() {
    return this == ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  /** Parses {@code en}, {@code zh}, {@code zh-CN}, {@code zh_CN.UTF-8} and the like; null if unknown. */
  public static @org.jspecify.annotations.Nullable Lang parse(@org.jspecify.annotations.Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.startsWith("zh")) {
      return ZH;
    }
    if (t.startsWith("en") || t.equals("c") || t.equals("posix") || t.startsWith("c.")) {
      return EN;
    }
    return null;
  }
}
