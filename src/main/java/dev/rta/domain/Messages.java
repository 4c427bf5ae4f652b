package dev.rta.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * rta's own user-facing strings in English and Chinese ({@code dev/rta/messages*.properties}, UTF-8).
 * Patterns are {@link MessageFormat} patterns: an apostrophe is written twice.
 */
public final class Messages {
  private static final String BUNDLE = "dev.rta.messages";

  private Messages() {}

  private static ResourceBundle bundle(Lang lang) {
    return ResourceBundle.getBundle(BUNDLE, lang == Lang.ZH ? Locale.CHINESE : Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The message in one language; arguments that are {@link LocalizedText} are taken in that language. */
  public static String get(Lang lang, String key, Object... args) {
    String pattern;
    try {
      pattern = bundle(lang).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("missing message '" + key + "' for " + lang.code() + "; this is a bug in rta", e);
    }
    return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, lang.locale()).format(localized(lang, args));
  }

  /** Whether the catalogue has a message for the key. */
  public static boolean has(String key) {
    return bundle(Lang.EN).containsKey(key);
  }

  /** The message in both languages; arguments that are {@link LocalizedText} are resolved per language. */
  public static LocalizedText text(String key, Object... args) {
    return new LocalizedText(get(Lang.EN, key, resolve(Lang.EN, args)), get(Lang.ZH, key, resolve(Lang.ZH, args)));
  }

  /** The arguments with each {@link LocalizedText} in the language; numbers stay numbers for {@code {0,number}}. */
  private static Object[] localized(Lang lang, Object[] args) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof LocalizedText t) {
        out[i] = t.in(lang);
      }
    }
    return out;
  }

  private static Object[] resolve(Lang lang, Object[] args) {
    Object[] out = localized(lang, args);
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof Number n) {
        out[i] = n.toString();
      }
    }
    return out;
  }
}
