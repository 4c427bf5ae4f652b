package dev.rta.domain.analysis;

/** Hears how far the source scan of an analysis is. */
public interface AnalysisProgress {
  void files(int done, int total);

  AnalysisProgress NONE = (done, total) -> { };
}
