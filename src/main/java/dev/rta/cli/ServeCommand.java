package dev.rta.cli;

import dev.rta.domain.Messages;
import dev.rta.web.WebServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rta serve}: the advisor as a local web application and JSON API, until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Serve the advisor as a local web application and JSON API: the questionnaire and the explained recommendation in a browser (English and Chinese; the page's address keeps the answers, so a link reproduces the result), the decision record, answers and cargo-deny downloads, and POST /api/recommend with the JSON of rta recommend --format json.",
      "Listens on 127.0.0.1 unless --host says otherwise. Works offline: every asset is served by rta. Ctrl-C stops it."
    },
    footer = {"", "Examples:", "  rta serve", "  rta serve --port 8080 --open", "  rta serve --host 0.0.0.0 --port 7878",
        "", "Exit codes: 2 usage error or the port is taken; 130 stopped with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: 127.0.0.1, this machine only).")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7878",
      description = "The port (default: 7878; 0 picks a free one).")
  int port = 7878;

  @Option(names = "--open", description = "Open the page in the default browser.")
  boolean open;

  @Override
  public Integer call() throws InterruptedException {
    Context ctx = root.context;
    if (port < 0 || port > 65_535) {
      throw UserError.of("err.serve.port", "hint.serve.port", String.valueOf(port));
    }
    if (!loopback(host)) {
      ctx.err.println(Messages.get(ctx.lang(), "serve.exposed", host));
    }
    WebServer server;
    try {
      server = WebServer.start(ctx.advisor(), ctx.tool(), ctx::today, host, port);
    } catch (RuntimeException e) {
      // Jetty reports a taken port or an address it cannot bind as a wrapped BindException
      throw UserError.of("err.serve.bind", "hint.serve.bind", host + ":" + port, rootMessage(e));
    }
    String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/";
    ctx.err.println(Messages.get(ctx.lang(), "serve.listening", url));
    ctx.err.flush();
    if (open && !browse(url)) {
      ctx.err.println(Messages.get(ctx.lang(), "serve.noBrowser", url));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "rta-serve-stop"));
    stopped.await();
    return ExitCode.INTERRUPTED.code;
  }

  private static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  /** xdg-open (Linux) or open (macOS), when there is one. */
  private static boolean browse(String url) {
    for (String opener : new String[] {"xdg-open", "open"}) {
      try {
        new ProcessBuilder(opener, url).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return true;
      } catch (IOException e) {
        // not on this system: try the next
      }
    }
    return false;
  }
}
