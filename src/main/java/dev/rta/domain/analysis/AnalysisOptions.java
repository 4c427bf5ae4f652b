package dev.rta.domain.analysis;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** How an analysis runs: whether and which cargo, threads, parsing, where cargo keeps crates. */
public record AnalysisOptions(boolean useCargo, String cargo, int threads, long cargoTimeoutSeconds, boolean fullParse,
    boolean portableParser, @Nullable Path cargoHome) {
  public static AnalysisOptions defaults() {
    return new AnalysisOptions(true, "cargo", Math.max(1, Runtime.getRuntime().availableProcessors()), 120, false, false,
        null);
  }

  public AnalysisOptions withoutCargo() {
    return new AnalysisOptions(false, cargo, threads, cargoTimeoutSeconds, fullParse, portableParser, cargoHome);
  }

  /** The cargo executable to run. */
  public AnalysisOptions withCargo(String executable) {
    return new AnalysisOptions(useCargo, executable, threads, cargoTimeoutSeconds, fullParse, portableParser, cargoHome);
  }

  public AnalysisOptions withThreads(int n) {
    return new AnalysisOptions(useCargo, cargo, Math.max(1, n), cargoTimeoutSeconds, fullParse, portableParser, cargoHome);
  }

  /** Parse every file whole, not only the items that can hold something of interest. */
  public AnalysisOptions withFullParse(boolean on) {
    return new AnalysisOptions(useCargo, cargo, threads, cargoTimeoutSeconds, on, portableParser, cargoHome);
  }

  /** Use the prebuilt tree-sitter binding even where the optimised build is there. */
  public AnalysisOptions withPortableParser(boolean on) {
    return new AnalysisOptions(useCargo, cargo, threads, cargoTimeoutSeconds, fullParse, on, cargoHome);
  }

  /** Where cargo keeps downloaded crates ($CARGO_HOME), to read their manifests without cargo; null: none. */
  public AnalysisOptions withCargoHome(@Nullable Path home) {
    return new AnalysisOptions(useCargo, cargo, threads, cargoTimeoutSeconds, fullParse, portableParser, home);
  }
}
