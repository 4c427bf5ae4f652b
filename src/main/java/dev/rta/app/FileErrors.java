package dev.rta.app;

import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Map;

/** Why a file could not be read or written, in words for a one-line message ("permission denied"), not Java's. */
public final class FileErrors {
  /** The operating system's words (strerror) and ours. */
  private static final Map<String, String> REASONS = Map.of(
      "permission denied", "io.permissionDenied",
      "is a directory", "io.isDirectory",
      "not a directory", "io.notDirectory",
      "no such file or directory", "io.noSuchFile",
      "no space left on device", "io.noSpace",
      "read-only file system", "io.readOnly",
      "too many levels of symbolic links", "io.linkLoop",
      "file name too long", "io.nameTooLong",
      "file exists", "io.exists");

  private FileErrors() {}

  /** The reason of a failed read or write: e.g. "permission denied", "is a directory", "no space left on device". */
  public static LocalizedText reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return Messages.text("io.permissionDenied");
    }
    if (e instanceof NoSuchFileException) {
      return Messages.text("io.noSuchFile");
    }
    if (e instanceof FileAlreadyExistsException) {
      return Messages.text("io.exists");
    }
    if (e instanceof NotDirectoryException) {
      return Messages.text("io.notDirectory");
    }
    if (e instanceof DirectoryNotEmptyException) {
      return Messages.text("io.isDirectory");
    }
    // A FileSystemException's message is "file: reason"; its reason alone is the operating system's words.
    String why = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
    if (why == null || why.isBlank()) {
      return Messages.text("io.other");
    }
    String lower = why.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> r : REASONS.entrySet()) {
      if (lower.startsWith(r.getKey())) {
        return Messages.text(r.getValue());
      }
    }
    return LocalizedText.same(Character.toLowerCase(why.charAt(0)) + why.substring(1));
  }

  /** A file that could not be read, as a user error (exit 2). */
  static dev.rta.domain.InvalidInputException cannotRead(String display, IOException e) {
    return dev.rta.domain.InvalidInputException.of(dev.rta.domain.Problem.of(dev.rta.domain.Location.file(display),
        "err.file.cannotRead", reason(e)));
  }

  /** A file that could not be written, as a user error (exit 2). */
  static dev.rta.domain.InvalidInputException cannotWrite(String display, IOException e) {
    return dev.rta.domain.InvalidInputException.of(dev.rta.domain.Problem.of(dev.rta.domain.Location.file(display),
        "err.file.cannotWrite", reason(e)));
  }
}
