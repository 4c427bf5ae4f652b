package dev.rta.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when user input (a pack, an answers file, a flag) has problems; carries all of them. */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public static InvalidInputException of(Problem problem) {
    return new InvalidInputException(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }
}
