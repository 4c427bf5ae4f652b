package dev.rta.domain;

/**
 * What conditions read. {@link Answers} answers from the user's values; the knowledge-pack checker
 * answers for whole regions of the answer space.
 */
public interface AnswerSource {
  boolean known(String key);

  boolean bool(String key);

  String text(String key);

  double number(String key);

  boolean contains(String key, String element);

  boolean isEmpty(String key);
}
