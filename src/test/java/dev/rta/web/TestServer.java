package dev.rta.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rta.app.Advisor;
import dev.rta.domain.ToolInfo;
import dev.rta.testing.Cli;
import java.io.IOException;
import java.time.LocalDate;

/** An rta serve on a free loopback port for a test class, with the command line's own tool description. */
final class TestServer {
  private TestServer() {}

  /** Started; the ADR date is 2026-12-05, so that downloads are reproducible. */
  static WebServer start() throws IOException {
    // the command line's tool description, so that its JSON and the API's can be compared byte for byte
    JsonNode cli = new ObjectMapper().readTree(Cli.run("recommend", "--format", "json").out()).get("tool");
    ToolInfo tool = new ToolInfo(cli.get("version").asText(), cli.get("knowledgePack").asText(),
        cli.get("knowledgePackReviewed").asText());
    return WebServer.start(Advisor.bundled(), tool, () -> LocalDate.of(2026, 12, 5), "127.0.0.1", 0);
  }
}
