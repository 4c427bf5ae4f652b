package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A leaf of the flowchart: a recommendation. Its id is its rule id. */
public record FlowLeaf(String id, LocalizedText label, Preference recommend, @Nullable String decision) {}
