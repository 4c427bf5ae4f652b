package dev.rta.app;

import dev.rta.domain.InvalidInputException;
import dev.rta.domain.Location;
import dev.rta.domain.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The files one run reads and writes, checked before anything is written: no output may overwrite an input of the
 * same run ({@code --answers mine.yaml -o mine.yaml}), and no two outputs may go to the same place
 * ({@code -o x --save-answers x}). Paths are compared as the files they reach, through links; {@code -} is
 * standard input or output. FIFOs and devices are not files to protect and may be named twice; an input that does
 * not exist is not checked (reading it fails on its own).
 */
public final class RunFiles {
  private record Use(String option, Path path) {}

  private final List<Use> inputs = new ArrayList<>();
  private final List<Use> outputs = new ArrayList<>();

  /** Standard output, as an output path names it. */
  public static final Path STDOUT = Path.of("-");

  /** Whether an input path names standard input: {@code -} or {@code /dev/stdin}. */
  public static boolean isStdin(@Nullable Path path) {
    return path != null && (path.toString().equals("-") || path.toString().equals("/dev/stdin"));
  }

  /** Whether an output path names standard output: {@code -} or {@code /dev/stdout}. */
  public static boolean isStdout(@Nullable Path path) {
    return path != null && (path.toString().equals("-") || path.toString().equals("/dev/stdout"));
  }

  /** A file the run reads, named by the option that gives it; null (not given) is ignored. */
  public RunFiles reads(String option, @Nullable Path path) {
    if (path != null && !isStdin(path)) {
      inputs.add(new Use(option, path));
    }
    return this;
  }

  /** The files of a project path (a directory or a manifest in it) that {@code analyze} reads and must not overwrite. */
  public RunFiles readsProject(Path path) {
    Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
    if (dir != null) {
      for (String name : List.of("Cargo.toml", "Cargo.lock", "rta.toml")) {
        reads(name, dir.resolve(name));
      }
    }
    return this;
  }

  /** A file (or {@code -}) the run writes, named by the option that gives it; null (not given) is ignored. */
  public RunFiles writes(String option, @Nullable Path path) {
    if (path != null) {
      outputs.add(new Use(option, path));
    }
    return this;
  }

  /** Refuses the run, naming the path and both options, when an output would overwrite an input or another output. */
  public void check() {
    for (int i = 0; i < outputs.size(); i++) {
      Use out = outputs.get(i);
      boolean stdout = isStdout(out.path());
      if (!stdout && OutputFiles.inPlace(out.path())) {
        continue;
      }
      for (Use in : inputs) {
        if (!stdout && Files.exists(in.path()) && OutputFiles.sameFile(out.path(), in.path())) {
          throw refusal(out, "err.io.overwritesInput", out.option(), in.option());
        }
      }
      for (Use other : outputs.subList(0, i)) {
        boolean same = stdout ? isStdout(other.path())
            : !isStdout(other.path()) && OutputFiles.sameFile(out.path(), other.path());
        if (same) {
          throw refusal(out, "err.io.sameOutput", other.option(), out.option());
        }
      }
    }
  }

  private static InvalidInputException refusal(Use out, String key, String first, String second) {
    String where = isStdout(out.path()) ? "<stdout>" : out.path().toString();
    return InvalidInputException.of(Problem.of(Location.file(where), key, first, second).withHint("hint.io.otherPath"));
  }
}
