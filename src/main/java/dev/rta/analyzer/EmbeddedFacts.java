package dev.rta.analyzer;

import dev.rta.domain.Location;
import dev.rta.domain.Problem;
import dev.rta.domain.analysis.Evidence;
import dev.rta.domain.pack.AnalysisRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * What an embedded member is built for: the target triple and the chip, each with where it is written.
 *
 * <p>The target comes from {@code [package] forced-target} (or {@code default-target}) in the member's
 * Cargo.toml, else from {@code [build] target} in the cargo config nearest to the member
 * ({@code .cargo/config.toml} or {@code .cargo/config} in the member directory or an ancestor, up to
 * the workspace root and never above it), else — weaker, since it only says what is installed — from
 * the one embedded-looking target of the nearest {@code rust-toolchain.toml}.
 *
 * <p>The chip comes from a HAL feature the member enables ({@code analysis.yaml} {@code chips}), from
 * a {@code --chip} in a cargo runner ({@code probe-rs run --chip STM32F411CEUx}), or from cargo-embed's
 * {@code Embed.toml}; never from a directory or repository name.
 */
final class EmbeddedFacts {
  static final double FORCED_TARGET = 0.95;
  static final double BUILD_TARGET = 0.9;
  static final double TOOLCHAIN_TARGET = 0.6;
  static final double HAL_CHIP = 0.9;
  static final double RUNNER_CHIP = 0.85;
  static final double EMBED_CHIP = 0.8;

  /** Cargo reads the file without extension when both exist. */
  private static final List<String> CARGO_CONFIGS = List.of(".cargo/config", ".cargo/config.toml");
  /** rustup reads the legacy file when both exist. */
  private static final List<String> TOOLCHAIN_FILES = List.of("rust-toolchain", "rust-toolchain.toml");
  private static final List<String> EMBED_FILES = List.of("Embed.toml", ".embed.toml");
  /** Targets that are not a development host: bare metal, microcontrollers, wasm. */
  private static final Pattern NON_HOST = Pattern.compile(
      "(thumb|riscv32|xtensa|wasm32|wasm64|armv|arm-|armeb|avr|msp430|mips-|mipsel-|loongarch32).*|.*-none(-.*)?");

  private EmbeddedFacts() {}

  /** A fact: its value, how sure, and where it is written (the strongest place first). */
  record Fact(String value, double confidence, List<Evidence> evidence) {
    Fact {
      evidence = List.copyOf(evidence);
    }
  }

  /** The target triple and the chip of one member; either is null when nothing says. */
  record Result(@Nullable Fact target, @Nullable Fact chip) {}

  /**
   * Reads the target and chip of a member.
   *
   * @param problems where malformed configuration files are reported (each problem once, so the same
   *     list can be passed for every member); unreadable or absent files are skipped
   */
  static Result read(Workspace ws, Manifest member, AnalysisRules rules, List<Problem> problems) {
    return new Reader(ws, member, problems).read(rules);
  }

  /** One member's reading; TOML files are parsed once. */
  private static final class Reader {
    private final Workspace ws;
    private final Manifest member;
    private final List<Problem> problems;
    private final Map<Path, @Nullable TomlParseResult> parsed = new HashMap<>();
    /** The member directory and its ancestors up to the workspace root, nearest first. */
    private final List<Path> dirs = new ArrayList<>();

    Reader(Workspace ws, Manifest member, List<Problem> problems) {
      this.ws = ws;
      this.member = member;
      this.problems = problems;
      Path root = ws.root().toAbsolutePath().normalize();
      Path dir = member.dir().toAbsolutePath().normalize();
      if (dir.startsWith(root)) {
        for (Path d = dir; d != null && d.startsWith(root); d = d.getParent()) {
          dirs.add(d);
        }
      }
    }

    Result read(AnalysisRules rules) {
      Fact target = target();
      return new Result(target, chip(rules, target));
    }

    // ---- target ------------------------------------------------------------------------------

    private @Nullable Fact target() {
      TomlParseResult manifest = manifest();
      if (manifest != null) {
        for (String key : List.of("forced-target", "default-target")) {
          List<String> path = List.of("package", key);
          if (ManifestParser.get(manifest, path) instanceof String t && !t.isBlank()) {
            return new Fact(t, key.equals("forced-target") ? FORCED_TARGET : BUILD_TARGET,
                List.of(evidence(member.display(), manifest, path, "package." + key + " = " + quote(t))));
          }
        }
      }
      for (Path dir : dirs) {
        Config c = cargoConfig(dir);
        if (c == null) {
          continue;
        }
        List<String> path = List.of("build", "target");
        Object v = ManifestParser.get(c.toml(), path);
        List<String> targets = v instanceof String s ? List.of(s) : ManifestParser.strings(v);
        targets = targets.stream().filter(t -> !t.isBlank()).toList();
        if (!targets.isEmpty()) {
          String written = v instanceof String s ? quote(s) : targets.stream().map(EmbeddedFacts::quote)
              .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
          return new Fact(targets.get(0), BUILD_TARGET,
              List.of(evidence(c.display(), c.toml(), path, "build.target = " + written)));
        }
      }
      for (Path dir : dirs) {
        for (String name : TOOLCHAIN_FILES) {
          Path file = dir.resolve(name);
          if (!readable(file)) {
            continue;
          }
          // the legacy file is often a single toolchain name, not TOML: not a problem
          TomlParseResult t = parse(file, name.endsWith(".toml"));
          if (t == null) {
            return null;
          }
          List<String> path = List.of("toolchain", "targets");
          List<String> targets = ManifestParser.strings(ManifestParser.get(t, path));
          List<String> embedded = targets.stream().filter(x -> NON_HOST.matcher(x).matches()).toList();
          if (embedded.size() != 1) {
            return null;
          }
          String written = targets.stream().map(EmbeddedFacts::quote)
              .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
          return new Fact(embedded.get(0), TOOLCHAIN_TARGET,
              List.of(evidence(ws.display(file), t, path, "toolchain.targets = " + written)));
        }
      }
      return null;
    }

    // ---- chip --------------------------------------------------------------------------------

    private @Nullable Fact chip(AnalysisRules rules, @Nullable Fact target) {
      List<Found> hal = halChips(rules);
      Found runner = runnerChip(target == null ? null : target.value());
      Found embed = embedChip();
      Found first;
      double confidence;
      if (!hal.isEmpty()) {
        first = hal.get(0);
        confidence = HAL_CHIP;
      } else if (runner != null) {
        first = runner;
        confidence = RUNNER_CHIP;
      } else if (embed != null) {
        first = embed;
        confidence = EMBED_CHIP;
      } else {
        return null;
      }
      List<Evidence> evidence = new ArrayList<>();
      List<Found> all = new ArrayList<>(hal);
      if (runner != null) {
        all.add(runner);
      }
      if (embed != null) {
        all.add(embed);
      }
      for (Found f : all) {
        if (f == first || agree(first.chip(), f.chip())) {
          evidence.add(f.evidence());
        } else {
          evidence.add(new Evidence(f.evidence().location(),
              f.evidence().text() + " (conflicts: says " + f.chip() + ", not " + first.chip() + ")"));
        }
      }
      return new Fact(first.chip(), confidence, evidence);
    }

    /** The chips HAL features name, in manifest order. */
    private List<Found> halChips(AnalysisRules rules) {
      List<Found> out = new ArrayList<>();
      TomlParseResult manifest = manifest();
      for (Manifest.Dep dep : member.deps()) {
        if (dep.kind() != Manifest.Kind.NORMAL) {
          continue;
        }
        boolean on = !dep.optional() || member.defaultEnables("dep:" + dep.key()) || member.defaultEnables(dep.key());
        Map<String, Location> features = new LinkedHashMap<>();
        if (on) {
          for (String f : dep.features()) {
            features.putIfAbsent(f, dep.location());
          }
        }
        for (String f : member.defaultFeaturesOn(dep.key())) {
          features.putIfAbsent(f, featureLocation(manifest, dep.key(), f));
        }
        for (AnalysisRules.ChipRule rule : rules.chips()) {
          if (!rule.matchesCrate(dep.crate())) {
            continue;
          }
          if (rule.chip() != null) {
            if (on) {
              out.add(new Found(rule.chip(), new Evidence(dep.location(), dep.crate())));
            }
            continue;
          }
          Pattern p = pattern(rule.feature());
          if (p == null) {
            continue;
          }
          for (Map.Entry<String, Location> f : features.entrySet()) {
            if (p.matcher(f.getKey()).matches()) {
              boolean direct = on && dep.features().contains(f.getKey());
              out.add(new Found(f.getKey(), new Evidence(f.getValue(),
                  dep.crate() + "[" + f.getKey() + "]" + (direct ? "" : " (through the member's default features)"))));
            }
          }
        }
      }
      return out;
    }

    /** Where the member's [features] enable dep/feature, or the dependency's own line. */
    private Location featureLocation(@Nullable TomlParseResult manifest, String dep, String feature) {
      if (manifest != null && manifest.get("features") instanceof TomlTable ft) {
        for (String key : ft.keySet()) {
          List<String> values = ManifestParser.strings(ft.get(List.of(key)));
          if (values.contains(dep + "/" + feature) || values.contains(dep + "?/" + feature)) {
            return ManifestParser.at(member.display(), manifest.inputPositionOf(List.of("features", key)));
          }
        }
      }
      return Location.file(member.display());
    }

    /**
     * The chip of a {@code --chip} runner: the table of the target triple first, then {@code cfg(..)}
     * tables, then (the target unknown) any target's. Like cargo, a runner in a nearer config hides
     * the same table's runner further up, even when it names no chip ({@code elf2uf2-rs -d}).
     */
    private @Nullable Found runnerChip(@Nullable String triple) {
      java.util.Set<String> decided = new java.util.HashSet<>();
      for (Path dir : dirs) {
        Config c = cargoConfig(dir);
        if (c == null || !(c.toml().get("target") instanceof TomlTable targets)) {
          continue;
        }
        List<String> keys = new ArrayList<>();
        if (triple != null && targets.keySet().contains(triple)) {
          keys.add(triple);
        }
        for (String k : targets.keySet()) {
          if (k.startsWith("cfg(")) {
            keys.add(k);
          }
        }
        if (triple == null) {
          for (String k : targets.keySet()) {
            if (!k.startsWith("cfg(")) {
              keys.add(k);
            }
          }
        }
        for (String k : keys) {
          List<String> path = List.of("target", k, "runner");
          Object v = ManifestParser.get(c.toml(), path);
          String runner = v instanceof String s ? s : v instanceof TomlArray
              ? String.join(" ", ManifestParser.strings(v)) : null;
          if (runner == null || !decided.add(k)) {
            continue;
          }
          String chip = chipOption(runner);
          if (chip != null) {
            return new Found(chip, evidence(c.display(), c.toml(), path, "runner: " + runner.strip()));
          }
        }
      }
      return null;
    }

    /** The chip of Embed.toml {@code [default.general]}, nearest first. */
    private @Nullable Found embedChip() {
      for (Path dir : dirs) {
        for (String name : EMBED_FILES) {
          Path file = dir.resolve(name);
          if (!readable(file)) {
            continue;
          }
          TomlParseResult t = parse(file, true);
          List<String> path = List.of("default", "general", "chip");
          if (t != null && ManifestParser.get(t, path) instanceof String chip && !chip.isBlank()) {
            return new Found(chip, evidence(ws.display(file), t, path, "default.general.chip = " + quote(chip)));
          }
        }
      }
      return null;
    }

    // ---- files -------------------------------------------------------------------------------

    private record Config(String display, TomlParseResult toml) {}

    /** The cargo config of a directory, or null when it has none or it cannot be read. */
    private @Nullable Config cargoConfig(Path dir) {
      for (String name : CARGO_CONFIGS) {
        Path file = dir.resolve(name);
        if (readable(file)) {
          TomlParseResult t = parse(file, true);
          return t == null ? null : new Config(ws.display(file), t);
        }
      }
      return null;
    }

    private @Nullable TomlParseResult manifest() {
      Path file = member.dir().resolve("Cargo.toml");
      return readable(file) ? parse(file, false) : null;
    }

    /** A regular file inside the workspace root, also after following links. */
    private boolean readable(Path file) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        return false;
      }
      try {
        return file.toRealPath().startsWith(ws.root().toRealPath());
      } catch (IOException e) {
        return false;
      }
    }

    /** The parsed file, or null; syntax errors are reported (once) when {@code report} is set. */
    private @Nullable TomlParseResult parse(Path file, boolean report) {
      if (parsed.containsKey(file)) {
        return parsed.get(file);
      }
      List<Problem> found = new ArrayList<>();
      TomlParseResult t = ws.toml().parse(file, ws.display(file), found);
      if (report) {
        for (Problem p : found) {
          if (!problems.contains(p)) {
            problems.add(p);
          }
        }
      }
      parsed.put(file, t);
      return t;
    }

    private static Evidence evidence(String display, TomlParseResult toml, List<String> path, String text) {
      return new Evidence(ManifestParser.at(display, toml.inputPositionOf(path)), text);
    }
  }

  /** A chip and where it is written. */
  private record Found(String chip, Evidence evidence) {}

  private static final Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

  private static @Nullable Pattern pattern(@Nullable String regex) {
    if (regex == null) {
      return null;
    }
    Pattern p = PATTERNS.get(regex);
    if (p == null) {
      try {
        p = Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        return null; // the pack validator reports it
      }
      PATTERNS.put(regex, p);
    }
    return p;
  }

  /** The value of {@code --chip X} or {@code --chip=X} in a runner command, or null. */
  static @Nullable String chipOption(String runner) {
    String[] words = runner.strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String v = null;
      if (w.equals("--chip") && i + 1 < words.length) {
        v = words[i + 1];
      } else if (w.startsWith("--chip=")) {
        v = w.substring("--chip=".length());
      }
      if (v != null) {
        v = v.replaceAll("^[\"']|[\"']$", "");
        return v.isEmpty() || v.startsWith("-") ? null : v;
      }
    }
    return null;
  }

  /**
   * Whether two spellings name the same chip, loosely: compared without case up to the first
   * character that is not a letter or digit, one a prefix of the other ({@code stm32f411ce} and
   * {@code STM32F411CEUx}, {@code nrf5340-app-s} and {@code nRF5340_xxAA}).
   */
  static boolean agree(String a, String b) {
    String x = stem(a);
    String y = stem(b);
    return !x.isEmpty() && !y.isEmpty() && (x.startsWith(y) || y.startsWith(x));
  }

  private static String stem(String chip) {
    String s = chip.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return s.substring(0, i);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
