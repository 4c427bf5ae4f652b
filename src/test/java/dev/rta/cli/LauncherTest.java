package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./rta} launcher, run by bash in a copy of the project with a stand-in {@code mvn} (which makes two
 * jar versions, slowly, counting its runs) and a stand-in {@code java} (which says what it would run).
 */
class LauncherTest {
  @TempDir Path dir;
  Path root;
  Path bin;

  @BeforeEach
  void project() throws IOException {
    root = dir.resolve("rta");
    bin = dir.resolve("bin");
    Files.createDirectories(root.resolve("src/main"));
    Files.createDirectories(root.resolve("native"));
    Files.createDirectories(bin);
    Files.copy(Path.of("rta"), root.resolve("rta"));
    Files.writeString(root.resolve("pom.xml"), "<project/>\n");
    Files.writeString(root.resolve("src/main/Main.java"), "class Main {}\n");
    for (Path p : List.of(root.resolve("pom.xml"), root.resolve("src/main/Main.java"), root.resolve("src/main"),
        root.resolve("native"))) {
      Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    }
    script("mvn", """
        #!/usr/bin/env bash
        echo build >> "$COUNT"
        sleep 1
        [ "${FAKE_MVN_EXIT:-0}" = 0 ] || { echo "[ERROR] compilation failed"; exit 1; }
        mkdir -p target
        echo v1 > target/rta-0.1.0-all.jar
        sleep 0.2
        echo v2 > target/rta-0.2.0-all.jar
        """);
    script("java", """
        #!/usr/bin/env bash
        if [ "$1" = "-version" ]; then echo "openjdk version \\"${FAKE_JAVA_VERSION:-17.0.15}\\" 2025-04-15" >&2; exit 0; fi
        echo "RAN $*"
        """);
  }

  private void script(String name, String text) throws IOException {
    Path p = bin.resolve(name);
    Files.writeString(p, text);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Process start(Map<String, String> extra) throws IOException {
    ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("rta").toString(), "--version")
        .redirectErrorStream(true);
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    pb.environment().put("COUNT", dir.resolve("count").toString());
    pb.environment().putAll(extra);
    return pb.start();
  }

  private record Run(int exit, String out) {}

  private static Run finish(Process p) throws IOException, InterruptedException {
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out);
  }

  private int builds() throws IOException {
    Path count = dir.resolve("count");
    return Files.exists(count) ? Files.readAllLines(count).size() : 0;
  }

  @Test
  void buildsOnceAndRunsTheNewestJarWhenTargetHoldsSeveral() throws Exception {
    Run first = finish(start(Map.of()));
    assertThat(first.exit()).as(first.out()).isZero();
    assertThat(first.out()).contains("rta: building").contains("RAN -XX:TieredStopAtLevel=1 -jar "
        + root.resolve("target/rta-all.jar") + " --version");
    assertThat(Files.readString(root.resolve("target/rta-all.jar"))).isEqualTo("v2\n");
    Run second = finish(start(Map.of()));
    assertThat(second.out()).doesNotContain("building").contains("RAN ");
    assertThat(builds()).isEqualTo(1);
  }

  @Test
  void concurrentFirstRunsBuildOnce() throws Exception {
    List<Process> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      runs.add(start(Map.of()));
    }
    for (Process p : runs) {
      Run r = finish(p);
      assertThat(r.exit()).as(r.out()).isZero();
      assertThat(r.out()).contains("RAN ");
    }
    assertThat(builds()).isEqualTo(1);
  }

  @Test
  void aJavaOlderThan17IsOneClearLine() throws Exception {
    Run r = finish(start(Map.of("FAKE_JAVA_VERSION", "11.0.2")));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out().strip()).isEqualTo(
        "rta: Java 17 or newer is needed; 'java' here is 11.0.2 (set JAVA_HOME or PATH to a newer one)");
    Run eight = finish(start(Map.of("FAKE_JAVA_VERSION", "1.8.0_392")));
    assertThat(eight.exit()).isEqualTo(2);
    assertThat(builds()).isZero();
  }

  @Test
  void aFailedBuildShowsItsOutputAndExitsFour() throws Exception {
    Run r = finish(start(Map.of("FAKE_MVN_EXIT", "1")));
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.out()).contains("[ERROR] compilation failed").contains("rta: the build failed (output above)")
        .doesNotContain("RAN ");
    assertThat(root.resolve("target/rta-all.jar")).doesNotExist();
  }
}
