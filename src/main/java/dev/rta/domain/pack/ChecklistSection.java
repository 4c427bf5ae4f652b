package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.util.List;

/** A part of the decision checklist (初步评估, 性能需求评估, …). */
public record ChecklistSection(String id, String section, LocalizedText title, List<ChecklistItem> items) {
  public ChecklistSection {
    items = List.copyOf(items);
  }
}
