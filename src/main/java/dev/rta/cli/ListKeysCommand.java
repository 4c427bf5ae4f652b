package dev.rta.cli;

import dev.rta.domain.Choice;
import dev.rta.domain.Lang;
import dev.rta.domain.Question;
import dev.rta.report.JsonRenderer;
import dev.rta.report.Style;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rta list-keys}: the answer keys, their types and allowed values. */
@Command(
    name = "list-keys",
    mixinStandardHelpOptions = true,
    description = "List the answer keys of --set and answers files, with their types and allowed values.",
    footer = {"", "Examples:", "  rta list-keys --lang zh", "  rta list-keys --format json"})
final class ListKeysCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(names = {"-f", "--format"}, paramLabel = "text|json", defaultValue = "text",
      description = "Output format (default: text); json: an array of {key, type, text, help, allowed, values, askIf}.")
  Format format;

  enum Format { TEXT, JSON }

  @Override
  public Integer call() {
    Context ctx = root.context;
    Lang lang = ctx.lang();
    if (format == Format.JSON) {
      ctx.out.print(new JsonRenderer(lang, ctx.tool()).keys(ctx.pack().questions()));
      return ExitCode.OK.code;
    }
    Style style = ctx.style();
    for (Question q : ctx.pack().questions()) {
      ctx.out.println(style.bold(q.key()) + "  " + style.dim(q.type().id()) + "  " + q.text().in(lang));
      ctx.out.println("    " + q.help().in(lang));
      if (q.values().isEmpty()) {
        ctx.out.println("    " + style.dim(q.allowed().in(lang)));
      }
      for (Choice c : q.values()) {
        ctx.out.println("    " + pad(c.id(), 16) + style.dim(c.label().in(lang)));
      }
    }
    return ExitCode.OK.code;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
