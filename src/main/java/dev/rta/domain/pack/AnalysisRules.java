package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code rta analyze} looks for ({@code analysis.yaml}): source patterns, answer inference,
 * libraries that need Tokio, the findings, and the library features that name an embedded chip.
 */
public record AnalysisRules(
    List<EntryPoint> entryPoints,
    List<SourceCall> spawns,
    List<BlockingCall> blocking,
    List<BlockOnCall> blockOn,
    Map<String, List<String>> signals,
    List<InferRule> infer,
    List<NeedsTokio> needsTokio,
    List<FindingDef> findings,
    List<String> foreignExecutors,
    List<TokioLibrary> tokioOnly,
    List<Wrapper> compat,
    List<String> runtimeBuilders,
    List<String> offThread,
    List<ChipRule> chips) {
  public AnalysisRules {
    entryPoints = List.copyOf(entryPoints);
    spawns = List.copyOf(spawns);
    blocking = List.copyOf(blocking);
    blockOn = List.copyOf(blockOn);
    signals = Map.copyOf(signals);
    infer = List.copyOf(infer);
    needsTokio = List.copyOf(needsTokio);
    findings = List.copyOf(findings);
    foreignExecutors = List.copyOf(foreignExecutors);
    tokioOnly = List.copyOf(tokioOnly);
    compat = List.copyOf(compat);
    runtimeBuilders = List.copyOf(runtimeBuilders);
    offThread = List.copyOf(offThread);
    chips = List.copyOf(chips);
  }

  /** An attribute or call that starts a runtime. */
  public record EntryPoint(String path, String kind, String runtime, boolean test) {}

  /** A call that belongs to a runtime (spawning). */
  public record SourceCall(String path, String runtime) {}

  /** A call that blocks the thread. */
  public record BlockingCall(String path, LocalizedText what, LocalizedText instead) {}

  /** A call that runs a future to completion; {@code method} also matches {@code x.block_on(..)}. */
  public record BlockOnCall(String path, boolean method) {}

  /**
   * An answer inferred from the project.
   *
   * @param crates dependencies that show it
   * @param features library features that show it (crate → features)
   * @param source what the sources show: no_std, net, timers, fs
   * @param runtime a runtime in use that shows it
   * @param throughLibraries whether the crates and features count also when a library of the member brings them
   *     (redis under a session store is a database; serde under a HAL is no library choice of the member)
   */
  public record InferRule(
      String key, String value, List<String> crates, Map<String, List<String>> features, @Nullable String source,
      @Nullable String runtime, double confidence, boolean throughLibraries) {
    public InferRule {
      crates = List.copyOf(crates);
      features = Map.copyOf(features);
      if (confidence <= 0 || confidence > 1) {
        throw new IllegalArgumentException("confidence must be in (0, 1] but was " + confidence);
      }
    }
  }

  /** A library that needs the Tokio runtime; {@code compat} crates make it work elsewhere. */
  public record NeedsTokio(String crate, List<String> compat) {
    public NeedsTokio {
      compat = List.copyOf(compat);
    }
  }

  /**
   * A library path whose futures need a running Tokio runtime.
   *
   * @param path a path prefix (reqwest, tokio::net); a trailing * matches crate names by prefix (aws_sdk_*)
   * @param except paths under it that do not need Tokio (reqwest::blocking)
   * @param crate with features: only when the member enables one of these features of this crate
   */
  public record TokioLibrary(String path, List<String> except, @Nullable String crate, List<String> features) {
    public TokioLibrary {
      except = List.copyOf(except);
      features = List.copyOf(features);
    }

    /** Whether a full path lies under this library and not under one of its exceptions. */
    public boolean matches(String full) {
      if (!under(full, path)) {
        return false;
      }
      return except.stream().noneMatch(e -> under(full, e));
    }

    private static boolean under(String full, String prefix) {
      if (prefix.endsWith("*")) {
        return full.startsWith(prefix.substring(0, prefix.length() - 1));
      }
      return full.startsWith(prefix) && (full.length() == prefix.length() || full.startsWith("::", prefix.length()));
    }
  }

  /** A call that wraps a future ({@code method}: {@code x.compat()}). */
  public record Wrapper(String path, boolean method) {}

  /** The Tokio-only library a full path lies under, or null. */
  public @Nullable TokioLibrary tokioLibrary(String full) {
    for (TokioLibrary l : tokioOnly) {
      if (l.matches(full)) {
        return l;
      }
    }
    return null;
  }

  /** A finding: stable id, name, default level, title and help. */
  public record FindingDef(String id, String name, dev.rta.domain.analysis.Severity level, LocalizedText title,
      LocalizedText help) {}

  /**
   * A dependency that names the chip a member is built for: a feature of a HAL crate
   * ({@code embassy-stm32[stm32f411ce]}), or the crate itself ({@code rp2040-hal} is always an RP2040).
   *
   * @param crate the crate name, or a glob with {@code *} ({@code esp-*})
   * @param feature a regular expression a whole feature name matches; the feature is the chip
   * @param chip the chip the crate itself implies, when {@code feature} is absent
   * @param note why, for the pack's readers
   */
  public record ChipRule(String crate, @Nullable String feature, @Nullable String chip, @Nullable String note) {
    /** Whether a crate name matches {@link #crate}. */
    public boolean matchesCrate(String name) {
      if (!crate.contains("*")) {
        return crate.equals(name);
      }
      String re = java.util.Arrays.stream(crate.split("\\*", -1))
          .map(java.util.regex.Pattern::quote)
          .collect(java.util.stream.Collectors.joining(".*"));
      return name.matches(re);
    }
  }

  public @Nullable FindingDef finding(String id) {
    return findings.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
  }
}
