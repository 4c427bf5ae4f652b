package dev.rta.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.domain.Lang;
import dev.rta.domain.Messages;
import dev.rta.domain.Question;
import dev.rta.domain.pack.FlowNode;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.Section;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pack speaks with one voice, and in the document's own words where it names the document. */
class PackLanguageTest {
  private static final KnowledgePack PACK = PackLoader.bundled();

  /**
   * The headings of the specification document (rust-async-runtime-decision-tree.zh.md, v1.0.0), character for
   * character, that the pack's sections cite.
   */
  private static final Set<String> DOCUMENT_HEADINGS = Set.of("快速决策流程图", "运行时概览", "决策维度详解",
      "1. 应用场景维度", "2. 性能需求维度", "3. 功能需求维度", "4. 生态兼容性维度", "详细对比分析", "Tokio", "async-std",
      "smol", "embassy", "代码示例对比", "迁移指南", "决策检查清单", "初步评估", "性能需求评估", "功能需求评估",
      "生态与维护评估", "最终决策矩阵", "参考资源", "版本历史");

  @Test
  void aFlowchartQuestionHasTheWordingOfItsAnswerKey() {
    for (FlowNode n : PACK.flowchart().nodes()) {
      Question q = PACK.questionSet().find(n.key());
      assertThat(q.text()).as("the question of %s and flowchart node %s", n.key(), n.id()).isEqualTo(n.text());
    }
  }

  @Test
  void sectionsAreTheDocumentsHeadings() {
    for (Section s : PACK.manifest().sections()) {
      assertThat(List.of(s.title().zh().split(" › "))).as("section %s", s.id()).allMatch(DOCUMENT_HEADINGS::contains);
    }
  }

  @Test
  void theMatricesAndStagesBearTheDocumentsNames() {
    assertThat(Messages.get(Lang.ZH, "matrix.features")).isEqualTo("功能需求维度");
    assertThat(Messages.get(Lang.ZH, "matrix.ecosystem")).isEqualTo("生态兼容性维度");
    assertThat(PACK.stage(dev.rta.domain.pack.StageId.SCENARIO).title().zh()).isEqualTo("应用场景决策矩阵");
    assertThat(PACK.stage(dev.rta.domain.pack.StageId.PERFORMANCE).title().zh()).isEqualTo("性能需求维度");
    assertThat(PACK.stage(dev.rta.domain.pack.StageId.FINAL_MATRIX).title().zh()).isEqualTo("最终决策矩阵");
    assertThat(PACK.stage(dev.rta.domain.pack.StageId.CHECKLIST).title().zh()).isEqualTo("决策检查清单");
    assertThat(PACK.stage(dev.rta.domain.pack.StageId.FLOWCHART).title().zh()).isEqualTo("快速决策流程图");
    assertThat(PACK.stage(dev.rta.domain.pack.StageId.DEFAULT).title().zh()).isEqualTo("运行时概览");
  }
}
