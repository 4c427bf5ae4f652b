package dev.rta.web;

import dev.rta.app.Advisor;
import dev.rta.domain.InvalidInputException;
import dev.rta.domain.Lang;
import dev.rta.domain.ToolInfo;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * The local web server of {@code rta serve}: the questionnaire and result pages, downloads and the JSON API, on
 * Javalin (Jetty). Every response carries the security headers below; request bodies are capped; nothing of a
 * request is ever used as a file-system path.
 */
public final class WebServer implements AutoCloseable {
  /** The largest request body (answers as JSON): the limit of an answers file. */
  public static final long MAX_BODY = Advisor.MAX_ANSWERS_BYTES;

  /**
   * Only this origin's scripts, styles and images; no framing, no plugins, forms only to this server. Inline
   * styles are allowed for the SVG drawings' fallbacks, never inline scripts.
   */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts a server on {@code host:port} (port 0: any free port) and returns once it accepts connections.
   *
   * @param today the date written into ADRs (SOURCE_DATE_EPOCH's when set)
   */
  public static WebServer start(Advisor advisor, ToolInfo tool, Supplier<LocalDate> today, String host, int port) {
    Pages pages = new Pages(advisor, tool, today);
    Api api = new Api(advisor, tool);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.http.maxRequestSize = MAX_BODY;
      config.http.generateEtags = false;
      // a few threads per core: more would only contend for the cores
      QueuedThreadPool threads = new QueuedThreadPool(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()), 4);
      threads.setName("rta-serve");
      config.jetty.threadPool = threads;
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/dev/rta/web/static";
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.add(files -> {
        files.hostedPath = "/schema";
        files.directory = "/dev/rta/schema";
        files.location = Location.CLASSPATH;
      });
    });
    app.before(WebServer::securityHeaders);
    app.get("/", ctx -> pages.index(ctx, lang(ctx)));
    app.get("/download/{name}", ctx -> pages.download(ctx, lang(ctx), ctx.pathParam("name")));
    app.post("/api/recommend", ctx -> api.recommend(ctx, lang(ctx)));
    app.get("/api/keys", ctx -> api.keys(ctx, lang(ctx)));
    app.get("/api/openapi.json", api::openApi);
    app.exception(InvalidInputException.class, (e, ctx) -> {
      if (ctx.path().startsWith("/api/")) {
        Api.problem(ctx, 400, e, lang(ctx));
      } else {
        pages.error(ctx, lang(ctx), 400, e);
      }
    });
    app.error(404, ctx -> {
      if (ctx.path().startsWith("/api/")) {
        Api.problem(ctx, 404, null, lang(ctx));
      } else if (ctx.result() == null || ctx.result().isEmpty()) {
        pages.error(ctx, lang(ctx), 404, null);
      }
    });
    app.error(413, ctx -> Api.problem(ctx, 413, null, lang(ctx)));
    app.start(host, port);
    return new WebServer(app);
  }

  /** The port the server listens on (the free port chosen for port 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  }

  /** {@code ?lang=en|zh}, else the browser's first language when it is Chinese, else English. */
  static Lang lang(Context ctx) {
    Lang asked = Lang.parse(ctx.queryParam("lang"));
    if (asked != null) {
      return asked;
    }
    @Nullable String accept = ctx.header("Accept-Language");
    return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? Lang.ZH : Lang.EN;
  }
}
