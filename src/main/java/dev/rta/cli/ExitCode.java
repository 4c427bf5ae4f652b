package dev.rta.cli;

/** rta's exit codes. */
enum ExitCode {
  /** Done; nothing at or above --fail-on. */
  OK(0),
  /** Findings at or above --fail-on, or a knowledge pack with gaps. */
  FINDINGS(1),
  /** A usage, configuration or input error. */
  USAGE(2),
  /** A bug in rta. */
  INTERNAL(3),
  /** The user left the questionnaire (Ctrl-C), as a shell reports SIGINT. */
  INTERRUPTED(130);

  final int code;

  ExitCode(int code) {
    this.code = code;
  }
}
