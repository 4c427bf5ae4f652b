package dev.rta.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rta.domain.InvalidInputException;
import dev.rta.domain.Problem;
import dev.rta.domain.pack.AnalysisRules;
import dev.rta.knowledge.PackLoader;
import dev.rta.testing.TestPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The target triple and chip of embedded members, with where each is written. */
class EmbeddedFactsTest {
  static final Path FIXTURES = Path.of("src/test/resources/analyzer-embedded");
  static final AnalysisRules RULES = PackLoader.bundled().analysis();

  @TempDir Path tmp;

  final List<Problem> problems = new ArrayList<>();

  EmbeddedFacts.Result facts(Path dir, String member) {
    Workspace ws = Workspace.read(dir);
    Manifest m = ws.members().stream().filter(x -> member.equals(x.name())).findFirst().orElseThrow();
    return EmbeddedFacts.read(ws, m, RULES, problems);
  }

  static List<String> evidence(EmbeddedFacts.Fact f) {
    return f.evidence().stream().map(e -> e.location() + " " + e.text()).toList();
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  static String pkg(String name, String deps) {
    return "[package]\nname = \"" + name + "\"\nversion = \"0.1.0\"\n\n[dependencies]\n" + deps;
  }

  @Test
  void anEmbassyStm32FirmwareHasItsTargetAndChipFromConfigAndFeature() {
    EmbeddedFacts.Result r = facts(FIXTURES.resolve("stm32-blinky"), "stm32-blinky");
    assertThat(r.target()).isNotNull();
    assertThat(r.target().value()).isEqualTo("thumbv7em-none-eabihf");
    assertThat(r.target().confidence()).isEqualTo(0.9);
    assertThat(evidence(r.target())).containsExactly(".cargo/config.toml:5:1 build.target = \"thumbv7em-none-eabihf\"");
    assertThat(r.chip()).isNotNull();
    assertThat(r.chip().value()).isEqualTo("stm32f411ce");
    assertThat(r.chip().confidence()).isEqualTo(0.9);
    assertThat(evidence(r.chip())).containsExactly(
        "Cargo.toml:8:1 embassy-stm32[stm32f411ce]",
        ".cargo/config.toml:2:1 runner: probe-rs run --chip STM32F411CEUx");
    assertThat(problems).isEmpty();
  }

  @Test
  void onlyTheFirmwareMemberGetsItsOwnDirectorysConfig() {
    Path ws = FIXTURES.resolve("fw-and-host");
    EmbeddedFacts.Result host = facts(ws, "host");
    // the root rust-toolchain.toml lists two embedded targets: it says nothing about which is built
    assertThat(host.target()).isNull();
    assertThat(host.chip()).isNull();

    EmbeddedFacts.Result fw = facts(ws, "firmware");
    assertThat(fw.target().value()).isEqualTo("thumbv6m-none-eabi");
    assertThat(evidence(fw.target())).containsExactly("firmware/.cargo/config.toml:2:1 build.target = \"thumbv6m-none-eabi\"");
    assertThat(fw.chip().value()).isEqualTo("rp2040");
    assertThat(evidence(fw.chip())).containsExactly(
        "firmware/Cargo.toml:13:1 embassy-rp[rp2040] (through the member's default features)",
        "firmware/.cargo/config.toml:5:1 runner: probe-rs run --chip RP2040");
    assertThat(problems).isEmpty();
  }

  @Test
  void forcedTargetIsTheStrongest() {
    EmbeddedFacts.Result radio = facts(FIXTURES.resolve("fw-and-host"), "radio");
    assertThat(radio.target().value()).isEqualTo("thumbv7em-none-eabihf");
    assertThat(radio.target().confidence()).isEqualTo(0.95);
    assertThat(evidence(radio.target()))
        .containsExactly("radio/Cargo.toml:7:1 package.forced-target = \"thumbv7em-none-eabihf\"");
    assertThat(radio.chip().value()).isEqualTo("nrf52840");
    assertThat(evidence(radio.chip())).containsExactly("radio/Cargo.toml:10:1 embassy-nrf[nrf52840]");
  }

  @Test
  void forcedTargetWinsOverBuildTarget() throws IOException {
    write(tmp.resolve("Cargo.toml"), "[package]\nname = \"x\"\nversion = \"0.1.0\"\nforced-target = \"riscv32imac-unknown-none-elf\"\n");
    write(tmp.resolve(".cargo/config.toml"), "[build]\ntarget = \"thumbv6m-none-eabi\"\n");
    assertThat(facts(tmp, "x").target().value()).isEqualTo("riscv32imac-unknown-none-elf");
  }

  @Test
  void anRp2040ChipCanComeFromTheRunnerAlone() {
    EmbeddedFacts.Result r = facts(FIXTURES.resolve("rp2040-runner"), "pico-blink");
    assertThat(r.target().value()).isEqualTo("thumbv6m-none-eabi");
    assertThat(evidence(r.target())).containsExactly(".cargo/config:3:1 build.target = \"thumbv6m-none-eabi\"");
    assertThat(r.chip().value()).isEqualTo("RP2040");
    assertThat(r.chip().confidence()).isEqualTo(0.85);
    assertThat(evidence(r.chip())).containsExactly(".cargo/config:6:1 runner: probe-rs run --chip=RP2040");
  }

  @Test
  void anEsp32c3ProjectHasItsTargetFromTheToolchainAndItsChipFromEspHal() {
    EmbeddedFacts.Result r = facts(FIXTURES.resolve("esp32c3-hal"), "esp-sensor");
    assertThat(r.target().value()).isEqualTo("riscv32imc-unknown-none-elf");
    assertThat(r.target().confidence()).isEqualTo(0.6);
    assertThat(evidence(r.target())).containsExactly(
        "rust-toolchain.toml:4:1 toolchain.targets = [\"x86_64-unknown-linux-gnu\", \"riscv32imc-unknown-none-elf\"]");
    assertThat(r.chip().value()).isEqualTo("esp32c3");
    assertThat(evidence(r.chip())).containsExactly(
        "Cargo.toml:7:1 esp-hal[esp32c3]", "Cargo.toml:8:1 esp-backtrace[esp32c3]", "Cargo.toml:9:1 esp-println[esp32c3]");
  }

  @Test
  void aDirectoryNamedLikeAChipIsNoChip() {
    EmbeddedFacts.Result r = facts(FIXTURES.resolve("stm32f4-demo"), "stm32f4-demo");
    assertThat(r.target().value()).isEqualTo("thumbv7em-none-eabihf");
    assertThat(r.chip()).as("elf2uf2-rs names no chip, and neither does the directory").isNull();
  }

  @Test
  void aMalformedConfigIsAProblemAndTheAnalysisGoesOn() {
    Workspace ws = Workspace.read(FIXTURES.resolve("bad-config"));
    Manifest m = ws.members().get(0);
    EmbeddedFacts.Result r = EmbeddedFacts.read(ws, m, RULES, problems);
    assertThat(r.target()).isNull();
    assertThat(r.chip().value()).isEqualTo("stm32g474re");
    assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.format()).startsWith(".cargo/config.toml:2:"));
    // read again with the same list (the next member): each problem once
    int before = problems.size();
    EmbeddedFacts.read(ws, m, RULES, problems);
    assertThat(problems).hasSize(before);
  }

  @Test
  void theNearestConfigWinsAndNothingAboveTheRootIsRead() throws IOException {
    Path outside = tmp.resolve("home");
    Path root = outside.resolve("ws");
    write(outside.resolve(".cargo/config.toml"), "[build]\ntarget = \"wasm32-unknown-unknown\"\n"
        + "[target.thumbv6m-none-eabi]\nrunner = \"probe-rs run --chip STM32F030F4Px\"\n");
    write(root.resolve("Cargo.toml"), "[workspace]\nmembers = [\"fw\", \"tool\"]\n");
    write(root.resolve(".cargo/config.toml"), "[build]\ntarget = \"thumbv7em-none-eabihf\"\n");
    write(root.resolve("fw/Cargo.toml"), pkg("fw", ""));
    write(root.resolve("fw/.cargo/config.toml"), "[build]\ntarget = [\"thumbv6m-none-eabi\", \"thumbv7m-none-eabi\"]\n");
    write(root.resolve("tool/Cargo.toml"), pkg("tool", ""));
    EmbeddedFacts.Result fw = facts(root, "fw");
    assertThat(fw.target().value()).isEqualTo("thumbv6m-none-eabi");
    assertThat(evidence(fw.target()))
        .containsExactly("fw/.cargo/config.toml:2:1 build.target = [\"thumbv6m-none-eabi\", \"thumbv7m-none-eabi\"]");
    assertThat(fw.chip()).as("the runner above the workspace root is not the project's").isNull();
    EmbeddedFacts.Result tool = facts(root, "tool");
    assertThat(evidence(tool.target())).containsExactly(".cargo/config.toml:2:1 build.target = \"thumbv7em-none-eabihf\"");
  }

  @Test
  void aConfigLinkedFromOutsideTheRootIsNotRead() throws IOException {
    Path outside = tmp.resolve("home/.cargo/config.toml");
    write(outside, "[build]\ntarget = \"thumbv6m-none-eabi\"\n");
    Path root = tmp.resolve("ws");
    write(root.resolve("Cargo.toml"), pkg("x", ""));
    Files.createDirectories(root.resolve(".cargo"));
    try {
      Files.createSymbolicLink(root.resolve(".cargo/config.toml"), outside);
    } catch (UnsupportedOperationException | IOException e) {
      return; // no symbolic links here
    }
    assertThat(facts(root, "x").target()).isNull();
  }

  @Test
  void aNearerRunnerWithoutAChipHidesAFartherOne() throws IOException {
    write(tmp.resolve("Cargo.toml"), "[workspace]\nmembers = [\"fw\"]\n");
    write(tmp.resolve(".cargo/config.toml"), "[target.thumbv6m-none-eabi]\nrunner = \"probe-rs run --chip RP2040\"\n");
    write(tmp.resolve("fw/Cargo.toml"), pkg("fw", ""));
    write(tmp.resolve("fw/.cargo/config.toml"),
        "[build]\ntarget = \"thumbv6m-none-eabi\"\n[target.thumbv6m-none-eabi]\nrunner = \"elf2uf2-rs -d\"\n");
    assertThat(facts(tmp, "fw").chip()).isNull();
  }

  @Test
  void aRunnerThatDisagreesWithTheHalIsNotedAsAConflict() throws IOException {
    write(tmp.resolve("Cargo.toml"), pkg("x", "embassy-stm32 = { version = \"0.2\", features = [\"stm32f411ce\"] }\n"));
    write(tmp.resolve(".cargo/config.toml"), "[build]\ntarget = \"thumbv7em-none-eabihf\"\n"
        + "[target.thumbv7em-none-eabihf]\nrunner = \"probe-rs run --chip STM32F103C8\"\n");
    write(tmp.resolve("Embed.toml"), "[default.general]\nchip = \"stm32f411CEUx\"\n");
    EmbeddedFacts.Result r = facts(tmp, "x");
    assertThat(r.chip().value()).isEqualTo("stm32f411ce");
    assertThat(evidence(r.chip())).containsExactly(
        "Cargo.toml:6:1 embassy-stm32[stm32f411ce]",
        ".cargo/config.toml:4:1 runner: probe-rs run --chip STM32F103C8 (conflicts: says STM32F103C8, not stm32f411ce)",
        "Embed.toml:2:1 default.general.chip = \"stm32f411CEUx\"");
  }

  @Test
  void embedTomlAloneGivesTheChip() throws IOException {
    write(tmp.resolve("Cargo.toml"), pkg("x", "cortex-m-rt = \"0.7\"\n"));
    write(tmp.resolve("Embed.toml"), "[default.general]\nchip = \"nRF52840_xxAA\"\n");
    EmbeddedFacts.Result r = facts(tmp, "x");
    assertThat(r.chip().value()).isEqualTo("nRF52840_xxAA");
    assertThat(r.chip().confidence()).isEqualTo(0.8);
  }

  @Test
  void featuresOfDevDependenciesAndOfOptionalFeaturesDoNotNameTheChip() throws IOException {
    write(tmp.resolve("Cargo.toml"), pkg("x", "embassy-rp = { version = \"0.4\", optional = true }\n")
        + "[dev-dependencies]\nesp-hal = { version = \"1\", features = [\"esp32\"] }\n"
        + "[features]\npico = [\"dep:embassy-rp\", \"embassy-rp/rp2040\"]\n");
    assertThat(facts(tmp, "x").chip()).isNull();
  }

  @Test
  void aCrateCanImplyItsChip() throws IOException {
    write(tmp.resolve("Cargo.toml"), pkg("x", "hal = { package = \"rp2040-hal\", version = \"0.11\" }\n"));
    EmbeddedFacts.Result r = facts(tmp, "x");
    assertThat(r.chip().value()).isEqualTo("rp2040");
    assertThat(evidence(r.chip())).containsExactly("Cargo.toml:6:1 rp2040-hal");
  }

  @Test
  void aToolchainWithOnlyHostTargetsSaysNothing() throws IOException {
    write(tmp.resolve("Cargo.toml"), pkg("x", ""));
    write(tmp.resolve("rust-toolchain.toml"), "[toolchain]\ntargets = [\"x86_64-unknown-linux-gnu\", \"aarch64-apple-darwin\"]\n");
    assertThat(facts(tmp, "x").target()).isNull();
  }

  @Test
  void aLegacyToolchainFileIsNotAProblem() throws IOException {
    write(tmp.resolve("Cargo.toml"), pkg("x", ""));
    write(tmp.resolve("rust-toolchain"), "nightly-2024-06-01\n");
    assertThat(facts(tmp, "x").target()).isNull();
    assertThat(problems).isEmpty();
  }

  @Test
  void chipOptionsAndLooseAgreement() {
    assertThat(EmbeddedFacts.chipOption("probe-rs run --chip STM32F411CEUx")).isEqualTo("STM32F411CEUx");
    assertThat(EmbeddedFacts.chipOption("probe-run --chip nRF52840_xxAA --speed 4000")).isEqualTo("nRF52840_xxAA");
    assertThat(EmbeddedFacts.chipOption("probe-rs run --chip=RP2040")).isEqualTo("RP2040");
    assertThat(EmbeddedFacts.chipOption("espflash flash --monitor --chip esp32c3")).isEqualTo("esp32c3");
    assertThat(EmbeddedFacts.chipOption("elf2uf2-rs -d")).isNull();
    assertThat(EmbeddedFacts.chipOption("probe-rs run --chip")).isNull();
    assertThat(EmbeddedFacts.agree("stm32f411ce", "STM32F411CEUx")).isTrue();
    assertThat(EmbeddedFacts.agree("nrf5340-app-s", "nRF5340_xxAA")).isTrue();
    assertThat(EmbeddedFacts.agree("rp235xa", "RP235x")).isTrue();
    assertThat(EmbeddedFacts.agree("rp2040", "STM32F411CEUx")).isFalse();
  }

  @Test
  void theBundledChipRulesMatchTheHalFeatures() {
    assertThat(chipOf("embassy-stm32", "stm32h755zi-cm7")).isTrue();
    assertThat(chipOf("embassy-stm32", "time-driver-any")).isFalse();
    assertThat(chipOf("embassy-nrf", "nrf5340-app-s")).isTrue();
    assertThat(chipOf("embassy-nrf", "nfc-pins-as-gpio")).isFalse();
    assertThat(chipOf("embassy-rp", "rp235xb")).isTrue();
    assertThat(chipOf("esp-hal-embassy", "esp32s3")).isTrue();
    assertThat(chipOf("esp-hal", "unstable")).isFalse();
    assertThat(chipOf("stm32f4xx-hal", "stm32f411")).isTrue();
    assertThat(chipOf("stm32f4xx-hal", "stm32_i2s_v12x")).isFalse();
    assertThat(chipOf("embassy-mspm0", "mspm0g3507pm")).isTrue();
  }

  static boolean chipOf(String crate, String feature) {
    return RULES.chips().stream().anyMatch(c -> c.matchesCrate(crate) && c.feature() != null && feature.matches(c.feature()));
  }

  @Test
  void aBadChipRegexIsAPackProblemWithItsPosition() throws IOException {
    Path pack = TestPacks.copy(tmp.resolve("pack"));
    TestPacks.edit(pack, "analysis.yaml", "{crate: embassy-rp, feature: \"rp2040|rp235xa|rp235xb\"}",
        "{crate: embassy-rp, feature: \"rp2040|(rp235x\"}");
    TestPacks.edit(pack, "analysis.yaml", "{crate: rp-pico, chip: rp2040}", "{crate: rp-pico, chip: rp2040, feature: x}");
    List<String> lines = Files.readAllLines(pack.resolve("analysis.yaml"));
    int rp = lines.indexOf(lines.stream().filter(l -> l.contains("(rp235x")).findFirst().orElseThrow()) + 1;
    int pico = lines.indexOf(lines.stream().filter(l -> l.contains("crate: rp-pico")).findFirst().orElseThrow()) + 1;
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PackLoader.fromDirectory(pack));
    assertThat(e).as("the pack should not load").isNotNull();
    List<String> problems = e.problems().stream().map(Problem::format).toList();
    assertThat(problems).anySatisfy(l -> assertThat(l)
        .contains("analysis.yaml:" + rp + ":" + (lines.get(rp - 1).indexOf("\"rp2040|") + 1) + ":")
        .contains("'rp2040|(rp235x'").contains("not a valid regular expression"));
    assertThat(problems).anySatisfy(l -> assertThat(l).contains("analysis.yaml:" + pico + ":").contains("rp-pico"));
  }
}
