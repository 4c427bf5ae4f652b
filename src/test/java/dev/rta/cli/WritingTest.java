package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rta.testing.Cli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where and how rta writes (issue 9): through links, straight into FIFOs, atomically only for regular files with
 * the right mode, never over an input of the same run, and never reporting success when stdout failed.
 */
class WritingTest {
  @TempDir Path dir;

  private static final String[] SERVER = {"recommend", "-q", "--set", "platform=server"};

  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "writing-test");
    t.setDaemon(true); // a reader stuck on a FIFO nobody opens must not keep the test JVM alive
    return t;
  });

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private static String[] with(String[] base, String... more) {
    return Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void aTextReportWrittenToAFileHasNoControlCharactersFromTheProject() throws IOException {
    // a package name with an OSC title sequence: printed by cat, it would retitle the terminal
    Path project = dir.resolve("evil");
    Files.createDirectories(project.resolve("src"));
    Files.writeString(project.resolve("Cargo.toml"), "[package]\nname = \"app\\u001b]0;pwned\\u0007\"\n"
        + "version = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\nasync-std = \"1\"\n");
    Files.writeString(project.resolve("src/main.rs"), "fn main() {}\n");
    Path out = dir.resolve("report.txt");
    Cli.Result r = Cli.run("analyze", project.toString(), "--no-cargo", "--fail-on", "never", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String report = Files.readString(out);
    assertThat(report).contains("app\\x1b]0;pwned\\x07").doesNotContain("\u001b").doesNotContain("\u0007");
  }

  @Test
  void writesThroughASymlinkToItsTargetAndTheLinkStays() throws IOException {
    Path target = dir.resolve("real.txt");
    Files.writeString(target, "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target.getFileName());

    Cli.Result r = Cli.run(with(SERVER, "-o", link.toString()));

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("tokio\n");
  }

  @Test
  void aDanglingSymlinkCreatesItsTarget() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("new.txt"));

    assertThat(Cli.run(with(SERVER, "-o", link.toString())).exit()).isZero();

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(dir.resolve("new.txt"))).isEqualTo("tokio\n");
  }

  @Test
  void writesIntoAFifoDirectly() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
    Future<String> reader = threads.submit(() -> Files.readString(fifo));
    Future<Cli.Result> run = threads.submit(() -> Cli.run(with(SERVER, "-o", fifo.toString())));

    assertThat(reader.get(20, TimeUnit.SECONDS)).isEqualTo("tokio\n");
    assertThat(run.get(20, TimeUnit.SECONDS).exit()).isZero();
    assertThat(Files.readAttributes(fifo, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
        .as("still a FIFO").isTrue();
  }

  @Test
  void aNewFileGetsTheUmasksModeAndAnExistingFileKeepsItsMode() throws IOException {
    String umaskMode = mode(Files.createFile(dir.resolve("probe"))); // created like any tool creates a file
    Path fresh = dir.resolve("fresh.txt");
    assertThat(Cli.run(with(SERVER, "-o", fresh.toString())).exit()).isZero();
    assertThat(mode(fresh)).isEqualTo(umaskMode);

    Path existing = dir.resolve("existing.txt");
    Files.writeString(existing, "old\n");
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r-----"));
    assertThat(Cli.run(with(SERVER, "--save-answers", existing.toString() + ".yaml")).exit()).isZero();
    Path answers = dir.resolve("existing.txt.yaml");
    Files.setPosixFilePermissions(answers, PosixFilePermissions.fromString("rw-rw-r--"));
    assertThat(Cli.run(with(SERVER, "-o", existing.toString(), "--save-answers", answers.toString())).exit()).isZero();

    assertThat(Files.readString(existing)).isEqualTo("tokio\n");
    assertThat(mode(existing)).isEqualTo("rw-r-----");
    assertThat(mode(answers)).isEqualTo("rw-rw-r--");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void dashMeansStdout() {
    Cli.Result r = Cli.run(with(SERVER, "-o", "-"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("tokio\n");
    assertThat(r.err()).isEmpty();
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void aDirectoryIsNotReplaced() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("out"));

    Cli.Result r = Cli.run(with(SERVER, "-o", sub.toString()));

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("rta: cannot write " + sub + ": is a directory");
    assertThat(sub).isDirectory();
  }

  @Test
  void refusesToOverwriteTheAnswersFileOfTheSameRun() throws IOException {
    Path mine = dir.resolve("mine.yaml");
    Files.writeString(mine, "platform: server\n");
    Path link = Files.createSymbolicLink(dir.resolve("alias.yaml"), mine);
    for (String[] args : new String[][] {
        {"recommend", "--answers", mine.toString(), "-o", mine.toString()},
        {"recommend", "--answers", mine.toString(), "--save-answers", mine.toString()},
        {"recommend", "--answers", link.toString(), "-o", mine.toString()},
        {"adr", "--dir", dir.resolve("adr").toString(), "--answers", mine.toString(), "--save-answers", link.toString()}}) {
      Cli.Result r = Cli.run(args);
      assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
      assertThat(r.err().strip().lines()).hasSize(1);
      assertThat(r.err()).contains("would overwrite").contains("--answers");
      assertThat(r.out()).isEmpty();
      assertThat(Files.readString(mine)).isEqualTo("platform: server\n");
    }
    assertThat(dir.resolve("adr")).doesNotExist();
  }

  @Test
  void refusesTwoOutputsToTheSameFile() throws IOException {
    Path x = dir.resolve("x.yaml");
    Cli.Result r = Cli.run(with(SERVER, "-o", x.toString(), "--save-answers", x.toString()));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("rta: " + x + ": ").contains("-o").contains("--save-answers");
    assertThat(x).doesNotExist();

    Cli.Result stdout = Cli.run(with(SERVER, "--save-answers", "-"));
    assertThat(stdout.exit()).isEqualTo(2);
    assertThat(stdout.out()).isEmpty();
  }

  /** A stream that fails like a full disk ({@code > /dev/full}). */
  private static final class Full extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  @Test
  void aFailedWriteToStdoutIsAnError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = new Main(new PrintStream(new Full(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), InputStream.nullInputStream(), Cli.env()).run(SERVER);

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("rta: cannot write to standard output");
  }

  @Test
  void aFailedWriteToStdoutSaysWhyWhenTheStreamDoes() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = new Main(new Full(), err, InputStream.nullInputStream(), Cli.env()).run(SERVER);

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("rta: cannot write to standard output: no space left on device");
  }

  @Test
  void aVirtualMachineErrorIsAnInternalErrorInOneLine() {
    Map<String, String> env = new HashMap<>(Cli.env()) {
      private static final long serialVersionUID = 1L;

      @Override
      public String get(Object key) {
        if ("SOURCE_DATE_EPOCH".equals(key)) {
          throw new OutOfMemoryError("Java heap space");
        }
        return super.get(key);
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(new byte[0]), env).run("recommend", "--format", "markdown", "--set", "platform=server");

    assertThat(exit).isEqualTo(3);
    String line = err.toString(StandardCharsets.UTF_8).strip();
    assertThat(line.lines()).hasSize(1);
    assertThat(line).startsWith("rta: internal error: out of memory").contains("this is a bug in rta")
        .doesNotContain("\tat ");
  }
}
