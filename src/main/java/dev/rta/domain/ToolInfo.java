package dev.rta.domain;

/**
 * The tool and knowledge-pack versions that outputs are stamped with.
 *
 * @param version rta's version
 * @param packVersion the knowledge pack's version
 * @param packReviewed when the pack's facts were last reviewed (ISO date)
 */
public record ToolInfo(String version, String packVersion, String packReviewed) {
  public static final String NAME = "rta";
}
