package dev.rta.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbered records written at the same time get different numbers (issue 9), whatever their slugs. */
class DecisionRecordsTest {
  private static final int WRITERS = 8;

  @TempDir Path dir;

  private static List<String> numbers(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.contains(".answers."))
          .map(n -> n.substring(0, 4)).sorted().toList();
    }
  }

  @Test
  void eightWritersAtOnceGetEightNumbers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      CyclicBarrier start = new CyclicBarrier(WRITERS);
      List<Future<Path>> written = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        String slug = "decision-" + i; // different slugs: the number, not the name, must be unique
        written.add(pool.submit(() -> {
          start.await();
          return new DecisionRecords(dir).write(slug, "# " + slug + "\n");
        }));
      }
      for (Future<Path> f : written) {
        assertThat(f.get(30, TimeUnit.SECONDS)).exists();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(numbers(dir)).doesNotHaveDuplicates().hasSize(WRITERS);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.matches("\\d{4}-decision-\\d\\.md"));
    }
  }

  @Test
  void eightAdrRunsAtOnceGetEightNumbers() throws Exception {
    String[][] answers = {{"platform=server"}, {"std-api=true"}, {"platform=embedded"}, {"platform=desktop"},
        {"platform=server", "long-term=true"}, {"high-throughput=true"}, {"std=false"}, {"platform=server", "grpc=true"}};
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      CyclicBarrier start = new CyclicBarrier(WRITERS);
      List<Future<Cli.Result>> runs = new ArrayList<>();
      for (String[] a : answers) {
        List<String> args = new ArrayList<>(List.of("adr", "--dir", dir.toString()));
        for (String set : a) {
          args.add("--set");
          args.add(set);
        }
        runs.add(pool.submit(() -> {
          start.await();
          return Cli.run(args.toArray(String[]::new));
        }));
      }
      for (Future<Cli.Result> r : runs) {
        assertThat(r.get(60, TimeUnit.SECONDS).exit()).isIn(0, 1);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(numbers(dir)).doesNotHaveDuplicates().hasSize(WRITERS);
  }
}
