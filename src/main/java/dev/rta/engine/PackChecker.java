package dev.rta.engine;

import dev.rta.domain.pack.StageId;

import dev.rta.domain.decision.Baseline;
import dev.rta.domain.AnswerSource;
import dev.rta.domain.AnswerType;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import dev.rta.domain.Numbers;
import dev.rta.domain.Question;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.PackCheck;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import dev.rta.domain.pack.HitPolicy;
import dev.rta.domain.pack.RuleIds;
import dev.rta.domain.pack.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Proves a pack's decision complete, DMN-style: every combination of answers — each key known or
 * unknown, every enum and list value, every class of numbers the thresholds make — ends in a primary
 * runtime or an explicit conflict, and no two rules that fire together disagree without a declared
 * precedence.
 *
 * <p>Rather than listing the combinations one by one (there are trillions), the checker evaluates the
 * decision on regions of the answer space: it starts with nothing assigned and, whenever the decision
 * reads an answer that is not yet assigned, splits the region on that answer. A region the decision
 * finishes without reading a key covers every value of that key at once. The regions partition the
 * space, so their sizes add up to the number of combinations.
 */
public final class PackChecker {
  private static final int MAX_EXAMPLES = 20;
  /** A search that needs more regions than this is reported as incomplete. */
  static final long MAX_REGIONS = 2_000_000;

  private PackChecker() {}

  public static PackCheck check(KnowledgePack pack) {
    List<RuleBook> books = List.of(RuleBook.build(pack, Baseline.SEED), RuleBook.build(pack, Baseline.CURRENT));
    AnswerSpace space = new AnswerSpace(pack, books);
    Map<String, PackCheck.BaselineReport> baselines = new LinkedHashMap<>();
    List<PackCheck.Gap> gaps = new ArrayList<>();
    List<LocalizedText> disagreements = new ArrayList<>();
    BigInteger total = new Assignment(pack).size(space);
    for (RuleBook book : books) {
      String b = book.baseline.id();
      // (A) the flowchart: every walk ends in a leaf or stops at an unknown answer.
      Explorer flow = new Explorer(space);
      flow.explore(new Assignment(pack), a -> {
        Verdict e = Evaluation.walk(book, a);
        return e.flowGap() == null ? null : Messages.text("kb.gap.flow", e.flowGap());
      });
      // (B) every combination that leaves a runtime eligible has a vote for one of them.
      Explorer support = new Explorer(space);
      support.explore(new Assignment(pack), a -> supportGap(book, a));
      for (Explorer x : List.of(flow, support)) {
        for (Finding g : x.findings) {
          if (gaps.size() < MAX_EXAMPLES) {
            gaps.add(new PackCheck.Gap(b, g.answers(), g.problem()));
          }
        }
        if (x.incomplete) {
          gaps.add(new PackCheck.Gap(b, "-", Messages.text("kb.gap.incomplete", MAX_REGIONS)));
        }
      }
      // (C) rules of one stage that fire together agree, or one declares that it overrides the other.
      long pairs = 0;
      for (Stage stage : book.stages) {
        if (stage.hitPolicy() != HitPolicy.ANY && stage.hitPolicy() != HitPolicy.UNIQUE
            || stage.id().equals(StageId.FLOWCHART)) {
          continue;
        }
        List<Rule.Vote> votes = book.votesByStage.getOrDefault(stage.id(), List.of());
        for (int i = 0; i < votes.size(); i++) {
          for (int j = i + 1; j < votes.size(); j++) {
            Rule.Vote x = votes.get(i);
            Rule.Vote y = votes.get(j);
            if (x.overrides().contains(y.id()) || y.overrides().contains(x.id()) || !disagree(stage, x, y)) {
              continue;
            }
            pairs++;
            Explorer both = new Explorer(space);
            both.stopAfterFirst = true;
            both.explore(new Assignment(pack), a -> x.when().eval(a).isTrue() && y.when().eval(a).isTrue()
                ? LocalizedText.same("both fire") : null);
            if (!both.findings.isEmpty()) {
              disagreements.add(Messages.text("kb.disagree", b, stage.id(), x.id(), x.preference().describe(), y.id(),
                  y.preference().describe(), both.findings.get(0).answers()));
            }
          }
        }
      }
      baselines.put(b, new PackCheck.BaselineReport(flow.regions, support.regions, pairs, flow.covered, support.covered));
    }
    return new PackCheck(pack.questions().size(), total, baselines, gaps, disagreements);
  }

  static boolean disagree(Stage stage, Rule.Vote a, Rule.Vote b) {
    return stage.hitPolicy() == HitPolicy.UNIQUE
        ? !new java.util.HashSet<>(a.preference().firstGroup()).equals(new java.util.HashSet<>(b.preference().firstGroup()))
        : a.preference().firstGroup().stream().noneMatch(b.preference().firstGroup()::contains);
  }

  /**
   * Null when these answers end in a recommendation or a conflict: some vote that fires (and is not
   * overridden) names a runtime no constraint rules out, or every runtime is ruled out.
   */
  private static @Nullable LocalizedText supportGap(RuleBook book, AnswerSource a) {
    Set<String> named = new java.util.HashSet<>();
    List<Stage> order = new ArrayList<>(book.stages);
    // Stages whose votes always fire first: often they settle it without reading any answer.
    order.sort(java.util.Comparator.comparing(s -> book.votesByStage.getOrDefault(s.id(), List.of()).stream()
        .noneMatch(v -> v.when() instanceof dev.rta.domain.Condition.Always)));
    for (Stage stage : order) {
      if (named.containsAll(book.candidates)) {
        return null;
      }
      List<Rule.Vote> fired = new ArrayList<>();
      if (stage.id().equals(StageId.FLOWCHART)) {
        Verdict walk = Evaluation.walk(book, a);
        if (walk.leaf() != null) {
          fired.add(book.flowLeaves.get(walk.leaf()));
        }
      } else {
        for (Rule.Vote v : book.votesByStage.getOrDefault(stage.id(), List.of())) {
          if (v.when().eval(a).isTrue()) {
            fired.add(v);
          }
        }
      }
      for (Rule.Vote v : fired) {
        boolean overridden = stage.hitPolicy() == HitPolicy.ANY
            && fired.stream().anyMatch(w -> w.overrides().contains(v.id()));
        if (!overridden) {
          named.addAll(v.preference().runtimes());
        }
      }
    }
    if (named.containsAll(book.candidates)) {
      return null;
    }
    Set<String> excluded = new java.util.HashSet<>();
    for (Rule.Exclude c : book.constraints) {
      if (!excluded.containsAll(c.runtimes()) && c.when().eval(a).isTrue()) {
        excluded.addAll(c.runtimes());
      }
    }
    if (excluded.containsAll(book.candidates)) {
      return null;
    }
    for (String r : named) {
      if (!excluded.contains(r)) {
        return null;
      }
    }
    return named.isEmpty() ? Messages.text("kb.gap.nothing")
        : Messages.text("kb.gap.ruledOut", String.join(", ", new java.util.TreeSet<>(named)));
  }

  /** A region where a probe found something, and what. */
  private record Finding(String answers, LocalizedText problem) {}

  /** Splits the answer space into regions until a probe's verdict no longer depends on unassigned answers. */
  private static final class Explorer {
    final AnswerSpace space;
    long regions;
    BigInteger covered = BigInteger.ZERO;
    final List<Finding> findings = new ArrayList<>();
    boolean stopAfterFirst;
    boolean incomplete;

    Explorer(AnswerSpace space) {
      this.space = space;
    }

    void explore(Assignment a, java.util.function.Function<Assignment, @Nullable LocalizedText> probe) {
      if (incomplete || stopAfterFirst && !findings.isEmpty()) {
        return;
      }
      if (regions >= MAX_REGIONS) {
        incomplete = true;
        return;
      }
      LocalizedText finding;
      try {
        finding = probe.apply(a);
      } catch (Need need) {
        for (Assignment option : split(a, need)) {
          explore(option, probe);
        }
        return;
      }
      BigInteger size = a.size(space);
      if (size.signum() == 0) {
        return;
      }
      regions++;
      covered = covered.add(size);
      if (finding != null && findings.size() < MAX_EXAMPLES) {
        findings.add(new Finding(a.describe(), finding));
      }
    }

    private List<Assignment> split(Assignment a, Need need) {
      return PackChecker.split(a, need, space);
    }
  }

  /** The decision asked for an answer the region has not fixed yet. */
  private static final class Need extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String key;
    final Kind kind;
    final String element;

    Need(String key, Kind kind, String element) {
      super(null, null, false, false);
      this.key = key;
      this.kind = kind;
      this.element = element;
    }
  }

  private enum Kind { KNOWN, VALUE, ATOM, EMPTY }

  /** A region: for each key, unassigned, unknown, or (partly) fixed. */
  private static final class Assignment implements AnswerSource {
    final KnowledgePack pack;
    final Map<String, Question> questions = new LinkedHashMap<>();
    final Map<String, Boolean> known = new HashMap<>();
    final Map<String, Object> values = new HashMap<>();
    final Map<String, Map<String, Boolean>> atoms = new HashMap<>();
    final Map<String, Boolean> empty = new HashMap<>();

    Assignment(KnowledgePack pack) {
      this.pack = pack;
      pack.questions().forEach(q -> questions.put(q.key(), q));
    }

    Assignment copy() {
      Assignment a = new Assignment(pack);
      a.known.putAll(known);
      a.values.putAll(values);
      atoms.forEach((k, v) -> a.atoms.put(k, new java.util.TreeMap<>(v)));
      a.empty.putAll(empty);
      return a;
    }

    @Override
    public boolean known(String key) {
      Boolean k = known.get(key);
      if (k == null) {
        throw new Need(key, Kind.KNOWN, "");
      }
      return k;
    }

    private Object value(String key) {
      Object v = values.get(key);
      if (v == null) {
        throw new Need(key, Kind.VALUE, "");
      }
      return v;
    }

    @Override
    public boolean bool(String key) {
      return (Boolean) value(key);
    }

    @Override
    public String text(String key) {
      return (String) value(key);
    }

    @Override
    public double number(String key) {
      return (Double) value(key);
    }

    @Override
    public boolean contains(String key, String element) {
      Boolean a = atoms.getOrDefault(key, Map.of()).get(element);
      if (a != null) {
        return a;
      }
      if (Boolean.TRUE.equals(empty.get(key))) {
        return false;
      }
      throw new Need(key, Kind.ATOM, element);
    }

    @Override
    public boolean isEmpty(String key) {
      Boolean e = empty.get(key);
      if (e != null) {
        return e;
      }
      if (atoms.getOrDefault(key, Map.of()).containsValue(true)) {
        return false;
      }
      throw new Need(key, Kind.EMPTY, "");
    }

    /** How many combinations of answers this region stands for (0: none, the region is impossible). */
    BigInteger size(AnswerSpace space) {
      BigInteger n = BigInteger.ONE;
      for (Question q : questions.values()) {
        n = n.multiply(keySize(q, space));
      }
      return n;
    }

    private BigInteger keySize(Question q, AnswerSpace space) {
      Boolean k = known.get(q.key());
      if (k == null) {
        return domain(q, space);
      }
      if (!k) {
        return BigInteger.ONE;
      }
      if (q.type() != AnswerType.LIST) {
        return values.containsKey(q.key()) ? BigInteger.ONE : domain(q, space).subtract(BigInteger.ONE);
      }
      Map<String, Boolean> a = atoms.getOrDefault(q.key(), Map.of());
      int free = q.values().size() - a.size();
      boolean anyTrue = a.containsValue(true);
      Boolean e = empty.get(q.key());
      if (Boolean.TRUE.equals(e)) {
        return anyTrue ? BigInteger.ZERO : BigInteger.ONE;
      }
      BigInteger subsets = BigInteger.TWO.pow(free);
      if (Boolean.FALSE.equals(e) && !anyTrue) {
        return subsets.subtract(BigInteger.ONE);
      }
      return subsets;
    }

    /** Values of a key, unknown included. */
    static BigInteger domain(Question q, AnswerSpace space) {
      return switch (q.type()) {
        case BOOL -> BigInteger.valueOf(3);
        case ENUM -> BigInteger.valueOf(q.values().size() + 1L);
        case INTEGER, NUMBER -> BigInteger.valueOf(space.numberClasses(q).size() + 1L);
        case LIST -> BigInteger.TWO.pow(q.values().size()).add(BigInteger.ONE);
      };
    }

    String describe() {
      StringJoiner j = new StringJoiner(" ");
      for (Question q : questions.values()) {
        Boolean k = known.get(q.key());
        if (k == null) {
          continue;
        }
        if (!k) {
          j.add(q.key() + "=?");
        } else if (q.type() == AnswerType.LIST) {
          List<String> items = new ArrayList<>();
          atoms.getOrDefault(q.key(), Map.of()).forEach((el, in) -> {
            if (in) {
              items.add(el);
            }
          });
          j.add(q.key() + "=[" + String.join(",", items) + (Boolean.TRUE.equals(empty.get(q.key())) ? "" : items.isEmpty() ? "" : ",…") + "]");
        } else if (values.containsKey(q.key())) {
          Object v = values.get(q.key());
          j.add(q.key() + "=" + (v instanceof Double d ? Numbers.format(d) : v));
        }
      }
      return j.length() == 0 ? "(no answers)" : j.toString();
    }
  }

static List<Assignment> split(Assignment a, Need need, AnswerSpace space) {
    Question q = Objects.requireNonNull(a.questions.get(need.key), need.key);
    List<Assignment> out = new ArrayList<>();
    switch (need.kind) {
      case KNOWN -> {
        for (boolean k : new boolean[] {false, true}) {
          Assignment b = a.copy();
          b.known.put(q.key(), k);
          out.add(b);
        }
      }
      case VALUE -> {
        List<Object> values = new ArrayList<>();
        switch (q.type()) {
          case BOOL -> {
            values.add(true);
            values.add(false);
          }
          case ENUM -> q.values().forEach(c -> values.add(c.id()));
          default -> values.addAll(space.numberClasses(q));
        }
        for (Object v : values) {
          Assignment b = a.copy();
          b.values.put(q.key(), v);
          out.add(b);
        }
      }
      case ATOM -> {
        for (boolean in : new boolean[] {true, false}) {
          Assignment b = a.copy();
          b.atoms.computeIfAbsent(q.key(), k -> new java.util.TreeMap<>()).put(need.element, in);
          out.add(b);
        }
      }
      case EMPTY -> {
        for (boolean e : new boolean[] {true, false}) {
          Assignment b = a.copy();
          b.empty.put(q.key(), e);
          out.add(b);
        }
      }
    }
    return out;
  }
}
