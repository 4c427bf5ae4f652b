package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.util.List;

/** A checklist question (- [ ] …) with its branches. */
public record ChecklistItem(String id, LocalizedText text, List<ChecklistBranch> branches) {
  public ChecklistItem {
    branches = List.copyOf(branches);
  }
}
