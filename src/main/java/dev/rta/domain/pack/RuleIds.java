package dev.rta.domain.pack;

import java.util.LinkedHashSet;
import java.util.Set;


/** The ids of rules derived from data (matrix cells, runtime statuses). */
public final class RuleIds {
  private RuleIds() {}

  /** The constraint a ❌ cell of a required row becomes. */
  public static String constraint(Matrix matrix, String row) {
    return "constraint." + matrix.id() + "." + row;
  }

  /** The caution a ⚠️ cell of a required row becomes. */
  public static String caution(Matrix matrix, String row) {
    return "caution." + matrix.id() + "." + row;
  }

  /** The constraint a discontinued runtime becomes. */
  public static String status(String runtime) {
    return "constraint.status." + runtime;
  }

  /** Every rule id a pack defines, derived ones included (corrections' added rules too). */
  public static Set<String> all(KnowledgePack pack) {
    Set<String> ids = new LinkedHashSet<>();
    pack.flowchart().leaves().forEach(l -> ids.add(l.id()));
    pack.scenario().forEach(r -> ids.add(r.id()));
    pack.performance().forEach(r -> ids.add(r.id()));
    pack.checklist().forEach(s -> s.items().forEach(i -> i.branches().forEach(b -> ids.add(b.id()))));
    pack.finalMatrix().forEach(r -> ids.add(r.id()));
    pack.constraints().forEach(r -> ids.add(r.id()));
    pack.warnings().forEach(r -> ids.add(r.id()));
    pack.scores().forEach(r -> ids.add(r.id()));
    pack.defaults().forEach(r -> ids.add(r.id()));
    for (MatrixRow row : pack.features()) {
      ids.add(constraint(Matrix.FEATURES, row.id()));
      ids.add(caution(Matrix.FEATURES, row.id()));
    }
    for (MatrixRow row : pack.ecosystem()) {
      ids.add(constraint(Matrix.ECOSYSTEM, row.id()));
      ids.add(caution(Matrix.ECOSYSTEM, row.id()));
    }
    for (Correction c : pack.corrections()) {
      for (Change ch : c.changes()) {
        if (ch instanceof Change.AddRule add) {
          if (add.constraint() != null) {
            ids.add(add.constraint().id());
          }
          if (add.warning() != null) {
            ids.add(add.warning().id());
          }
        } else if (ch instanceof Change.AddRow row) {
          ids.add(constraint(row.matrix(), row.row().id()));
          ids.add(caution(row.matrix(), row.row().id()));
        } else if (ch instanceof Change.Status st) {
          ids.add(status(st.runtime()));
        }
      }
    }
    return ids;
  }
}
