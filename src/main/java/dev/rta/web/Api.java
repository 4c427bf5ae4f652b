package dev.rta.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rta.app.Advisor;
import dev.rta.app.RecentResults;
import dev.rta.domain.Answers;
import dev.rta.domain.InvalidInputException;
import dev.rta.domain.Lang;
import dev.rta.domain.Location;
import dev.rta.domain.Messages;
import dev.rta.domain.Problem;
import dev.rta.domain.ToolInfo;
import dev.rta.domain.decision.Baseline;
import dev.rta.report.JsonRenderer;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The JSON API: the same documents as the command line's {@code --format json} (and their schemas), errors as
 * RFC 9457 problem details with the command line's messages.
 */
final class Api {
  static final String JSON = "application/json; charset=utf-8";
  static final String PROBLEM = "application/problem+json; charset=utf-8";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Advisor advisor;
  private final ToolInfo tool;
  private final byte[] openApi;
  /** The response documents of recent requests, by answers, baseline and language. */
  private final RecentResults<List<Object>, byte[]> documents = new RecentResults<>(512);

  Api(Advisor advisor, ToolInfo tool) {
    this.advisor = advisor;
    this.tool = tool;
    try (InputStream in = Objects.requireNonNull(Api.class.getResourceAsStream("/dev/rta/web/openapi.json"))) {
      this.openApi = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code POST /api/recommend[?baseline=seed|current&lang=en|zh]} with the answers as a JSON object (the keys of
   * {@code rta list-keys}); an empty body is no answers. The response is {@code rta recommend --format json}'s.
   */
  void recommend(Context ctx, Lang lang) {
    Baseline baseline = baseline(ctx);
    byte[] body = ctx.bodyAsBytes();
    // keyed by the body as sent: a repeated request is neither parsed nor decided again (a bad one is never kept)
    byte[] document = documents.get(List.of(ByteBuffer.wrap(body), baseline, lang), k -> {
      Answers answers = body.length == 0 ? Answers.empty() : advisor.readAnswers(Messages.get(lang, "web.body"), body);
      return new JsonRenderer(lang, tool).render(advisor.recommend(answers, baseline)).getBytes(StandardCharsets.UTF_8);
    });
    ctx.contentType(JSON).result(document);
  }

  /** {@code GET /api/keys}: the answer keys, types and allowed values ({@code rta list-keys --format json}). */
  void keys(Context ctx, Lang lang) {
    ctx.contentType(JSON).result(new JsonRenderer(lang, tool).keys(advisor.pack().questionSet().all()));
  }

  /** {@code GET /api/openapi.json}: the OpenAPI 3.1 description of this API. */
  void openApi(Context ctx) {
    ctx.contentType(JSON).result(openApi);
  }

  private static Baseline baseline(Context ctx) {
    String asked = ctx.queryParam("baseline");
    if (asked == null) {
      return Baseline.CURRENT;
    }
    Baseline b = Baseline.parse(asked);
    if (b == null) {
      throw InvalidInputException.of(Problem.of(Location.file("baseline"), "err.cli.baseline", asked)
          .withHint("hint.cli.baseline"));
    }
    return b;
  }

  /**
   * A problem document (RFC 9457): {@code title} the status's words, {@code detail} the first problem's message,
   * {@code errors} every problem with its location, message and hint, in the language asked for.
   */
  static void problem(Context ctx, int status, @Nullable InvalidInputException e, Lang lang) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("type", "about:blank");
    root.put("title", Messages.get(lang, "web.status." + status));
    root.put("status", status);
    if (e != null && !e.problems().isEmpty()) {
      root.put("detail", e.problems().get(0).message().in(lang));
      ArrayNode errors = root.putArray("errors");
      for (Problem p : e.problems()) {
        ObjectNode o = errors.addObject();
        o.put("location", p.location().toString());
        o.put("message", p.message().in(lang));
        if (p.hint() != null) {
          o.put("hint", p.hint().in(lang));
        }
      }
    }
    ctx.status(status).contentType(PROBLEM).result(root.toPrettyString() + "\n");
  }
}
