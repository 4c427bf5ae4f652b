package dev.rta.report;

import dev.rta.domain.Lang;
import dev.rta.domain.Messages;
import dev.rta.domain.ToolInfo;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.decision.RankedRuntime;
import dev.rta.domain.decision.Reason;
import dev.rta.domain.decision.Rejection;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.Marker;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision as a cargo-deny {@code [bans]} section: the marker crates of every runtime the decision
 * did not choose are denied, with the reason and the runtime to use instead, so that
 * {@code cargo deny check bans} enforces it.
 */
public final class DenyRenderer {
  private final KnowledgePack pack;
  private final Lang lang;
  private final ToolInfo tool;

  public DenyRenderer(KnowledgePack pack, Lang lang, ToolInfo tool) {
    this.pack = pack;
    this.lang = lang;
    this.tool = tool;
  }

  /** The snippet; the decision must have a primary runtime. */
  public String render(Decision d, String title) {
    String primary = d.primary();
    if (primary == null) {
      throw new IllegalArgumentException("no runtime was chosen");
    }
    StringBuilder out = new StringBuilder();
    out.append("# ").append(Messages.get(lang, "deny.header", tool.version(), tool.packVersion(), title)).append('\n');
    out.append("# ").append(Messages.get(lang, "deny.header2")).append('\n');
    out.append("[bans]\n");
    out.append("deny = [\n");
    List<String> others = new ArrayList<>();
    d.rejected().forEach(r -> others.add(r.runtime()));
    d.alternatives().forEach(a -> others.add(a.runtime()));
    for (String runtime : pack.candidates()) {
      if (!others.contains(runtime)) {
        continue;
      }
      String reason = reason(d, runtime);
      for (Marker m : pack.markers()) {
        if (!runtime.equals(m.runtime()) || !m.deny()) {
          continue;
        }
        out.append("  { crate = ").append(quote(m.crate()));
        if (!m.wrappers().isEmpty()) {
          out.append(", wrappers = [").append(String.join(", ", m.wrappers().stream().map(DenyRenderer::quote).toList()))
              .append(']');
        }
        out.append(", reason = ").append(quote(reason)).append(", use-instead = ").append(quote(primary)).append(" },\n");
      }
    }
    out.append("]\n");
    return out.toString();
  }

  private String reason(Decision d, String runtime) {
    for (Rejection r : d.rejected()) {
      if (r.runtime().equals(runtime) && !r.reasons().isEmpty()) {
        return Messages.get(lang, "deny.rejected", pack.runtimeName(runtime), r.reasons().get(0).text().in(lang));
      }
    }
    for (RankedRuntime a : d.alternatives()) {
      Reason why = a.notChosen();
      if (a.runtime().equals(runtime) && why != null) {
        return Messages.get(lang, "deny.notChosen", pack.runtimeName(runtime), why.text().in(lang));
      }
    }
    return Messages.get(lang, "deny.notChosen", pack.runtimeName(runtime), "-");
  }

  /** A TOML basic string. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
