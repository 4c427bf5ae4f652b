package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.util.List;

/** A group of the document's references (参考资源). */
public record ReferenceGroup(LocalizedText group, List<Link> links) {
  public ReferenceGroup {
    links = List.copyOf(links);
  }
}
