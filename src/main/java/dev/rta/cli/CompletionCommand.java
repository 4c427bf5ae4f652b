package dev.rta.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
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

  @Override
  public Integer call() {
    CommandLine cli = Main.commandLine(root.context);
    String script = AutoComplete.bash("rta", cli);
    if (shell == Shell.ZSH) {
      // picocli's script works in zsh through bash completion emulation.
      script = "#compdef rta\nautoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
    }
    root.context.out.print(script);
    return ExitCode.OK.code;
  }
}
