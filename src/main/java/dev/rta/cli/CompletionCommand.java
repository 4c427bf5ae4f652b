package dev.rta.cli;

import dev.rta.app.Advisor;
import dev.rta.domain.Question;
import dev.rta.domain.decision.Baseline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rta completion bash|zsh}: a shell completion script. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = "Print a completion script for bash or zsh.",
    footer = {"", "Examples:", "  source <(rta completion bash)",
        "  rta completion zsh > \"$${fpath[1]}/_rta\"   # or: source <(rta completion zsh)"})
final class CompletionCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Parameters(index = "0", paramLabel = "bash|zsh", descriptionKey = "shell", description = "The shell.")
  Shell shell;

  enum Shell { BASH, ZSH }

  /** A quoted enum constant in a picocli value array, e.g. {@code ("AUTO" "ALWAYS" "NEVER")}. */
  private static final Pattern UPPER_ENUM_ARGS = Pattern.compile("\"[A-Z][A-Z0-9_]*\"(?=[ )])");

  @Override
  public Integer call() {
    CommandLine cli = Main.commandLine(root.context);
    complete(cli, candidates(root.context));
    // Options inherited by every subcommand (--color, --lang) keep their spec; their enum values are
    // lower-cased in the script, as users type them.
    StringBuilder script = new StringBuilder();
    for (String line : AutoComplete.bash("rta", cli).split("\n", -1)) {
      script.append(line.contains("_option_args=(") ? UPPER_ENUM_ARGS.matcher(line).replaceAll(
          mr -> Matcher.quoteReplacement(mr.group().toLowerCase(Locale.ROOT).replace('_', '-'))) : line).append('\n');
    }
    script.setLength(script.length() - 1);
    if (shell == Shell.ZSH) {
      // picocli's script works in zsh through bash completion emulation.
      script.insert(0, "#compdef rta\nautoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n");
    }
    root.context.out.print(script);
    return ExitCode.OK.code;
  }

  /** What a value can be, by option name or positional label; enums are completed in lower case as typed. */
  private static Map<String, List<String>> candidates(Context ctx) {
    Advisor advisor = ctx.advisor();
    Map<String, List<String>> c = new HashMap<>();
    List<String> sets = new ArrayList<>();
    for (Question q : advisor.pack().questions()) {
      List<String> values = LinePrompter.options(q);
      if (values.isEmpty()) {
        sets.add(q.key() + "=");
      } else {
        values.forEach(v -> sets.add(q.key() + "=" + v));
      }
    }
    c.put("--set", sets);
    c.put("--baseline", List.of("seed", "current"));
    c.put("--lang", List.of("en", "zh"));
    c.put("TOPIC", advisor.topics(Baseline.CURRENT));
    c.put("RUNTIME", advisor.pack().candidates());
    return c;
  }

  /** Rebuilds every option and positional of the command tree with the completion candidates it should offer. */
  private static void complete(CommandLine cli, Map<String, List<String>> candidates) {
    CommandSpec spec = cli.getCommandSpec();
    for (OptionSpec o : List.copyOf(spec.options())) {
      if (o.inherited() || o.scopeType() == CommandLine.ScopeType.INHERIT) {
        continue;
      }
      List<String> values = candidates.getOrDefault(o.longestName(), enumValues(o.type()));
      if (values != null) {
        spec.remove(o);
        spec.addOption(OptionSpec.builder(o).completionCandidates(values).build());
      }
    }
    for (PositionalParamSpec p : List.copyOf(spec.positionalParameters())) {
      List<String> values = candidates.getOrDefault(p.paramLabel(), enumValues(p.type()));
      if (values != null) {
        spec.remove(p);
        spec.addPositional(PositionalParamSpec.builder(p).completionCandidates(values).build());
      }
    }
    cli.getSubcommands().values().stream().distinct().forEach(sub -> complete(sub, candidates));
  }

  private static @Nullable List<String> enumValues(Class<?> type) {
    if (!type.isEnum()) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants())
        .map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
  }
}
