package dev.rta.domain.pack;

import java.time.LocalDate;
import java.util.List;

/**
 * The pack's identity and structure ({@code pack.yaml}).
 *
 * @param id pack id
 * @param version pack version
 * @param reviewed when the facts were last reviewed; a pack older than a year warns
 * @param document the document the seed layer comes from
 * @param sections the document's sections that rules cite
 * @param stages the recommending parts, by precedence
 */
public record PackManifest(
    String id,
    String version,
    LocalDate reviewed,
    DocumentInfo document,
    List<Section> sections,
    List<Stage> stages) {
  public PackManifest {
    sections = List.copyOf(sections);
    stages = List.copyOf(stages);
  }
}
