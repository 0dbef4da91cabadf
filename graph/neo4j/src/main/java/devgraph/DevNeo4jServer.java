package devgraph;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community, embedded, with Bolt on 127.0.0.1 only and authentication off: a throwaway
 * server for development and tests, never for shared data.
 *
 * <p>Arguments: {@code [--port N] [--data DIR] [--exit-on-stdin-close]}. The port also comes
 * from env {@code NEO4J_PORT} (default 7687); data defaults to {@code graph/neo4j/data/<port>}.
 * Prints {@code NEO4J_READY bolt://127.0.0.1:<port>} once Bolt accepts connections, or one line
 * starting {@code NEO4J_ERROR} before exiting non-zero.
 */
public final class DevNeo4jServer {
  private static final String HOST = "127.0.0.1";
  private static final int DEFAULT_PORT = 7687;
  private static final long READY_TIMEOUT_MS = 60_000;

  private DevNeo4jServer() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      fail(2, e.getMessage());
      return;
    }

    DatabaseManagementService service;
    try {
      service = build(options);
    } catch (Throwable e) {
      fail(1, explainStartFailure(e, options));
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.shutdown();
                  System.out.println("NEO4J_STOPPED");
                  stopped.countDown();
                },
                "neo4j-dev-shutdown"));

    if (!service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(READY_TIMEOUT_MS)
        || !boltAccepts(options.port, READY_TIMEOUT_MS)) {
      fail(1, "Neo4j started but Bolt on " + HOST + ":" + options.port
          + " did not answer within " + READY_TIMEOUT_MS / 1000 + " s; see " + options.data.resolve("logs/debug.log"));
      return;
    }
    System.out.println("NEO4J_READY bolt://" + HOST + ":" + options.port);

    if (options.exitOnStdinClose) {
      // The parent (a test run) holds our stdin; when it dies without stopping us, we stop too.
      Thread watcher = new Thread(DevNeo4jServer::exitWhenStdinCloses, "neo4j-dev-stdin-watch");
      watcher.setDaemon(true);
      watcher.start();
    }
    awaitQuietly(stopped);
  }

  private static DatabaseManagementService build(Options options) {
    return new DatabaseManagementServiceBuilder(options.data)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        // Local throwaway server: any user name and password are accepted.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // Course graphs are tiny; a small page cache keeps us polite on a 2-core CI box.
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
        // Bolt's defaults wait ~10 s for clients that are already gone; a dev server stops at once.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
        .build();
  }

  private static String explainStartFailure(Throwable error, Options options) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException) {
        return "port " + options.port + " on " + HOST + " is already in use. Stop whatever uses it"
            + " (npm run neo4j:stop, if it is our dev server) or choose another port with NEO4J_PORT.";
      }
      String message = String.valueOf(cause.getMessage());
      if (message.contains("lock")) {
        return "another Neo4j is using " + options.data + " (" + message + "). Stop it"
            + " (npm run neo4j:stop) or give this one its own folder with --data.";
      }
    }
    return "Neo4j failed to start: " + error + ". Details in " + options.data.resolve("logs/debug.log");
  }

  private static boolean boltAccepts(int port, long timeoutMs) {
    long deadline = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(HOST, port), 1000);
        return true;
      } catch (IOException notYet) {
        sleepQuietly(100);
      }
    }
    return false;
  }

  private static void exitWhenStdinCloses() {
    try (InputStream in = System.in) {
      byte[] buffer = new byte[256];
      while (in.read(buffer) >= 0) {
        // Discard: only the end of the stream matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent is gone, same as end of stream.
    }
    System.exit(0);
  }

  private static void fail(int status, String message) {
    System.out.println("NEO4J_ERROR " + message);
    System.out.flush();
    System.exit(status);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleepQuietly(long ms) {
    try {
      TimeUnit.MILLISECONDS.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Command line and environment, validated. */
  private record Options(int port, Path data, boolean exitOnStdinClose) {
    static Options parse(String[] args) {
      String port = System.getenv().getOrDefault("NEO4J_PORT", String.valueOf(DEFAULT_PORT));
      String data = null;
      boolean exitOnStdinClose = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--port" -> port = valueAfter(args, i++);
          case "--data" -> data = valueAfter(args, i++);
          case "--exit-on-stdin-close" -> exitOnStdinClose = true;
          default -> throw new IllegalArgumentException("unknown argument '" + args[i]
              + "'. Usage: java -jar neo4j-dev-server.jar [--port N] [--data DIR] [--exit-on-stdin-close]");
        }
      }
      int portNumber = parsePort(port);
      Path dataDir = data != null ? Path.of(data) : projectDir().resolve("data").resolve(String.valueOf(portNumber));
      return new Options(portNumber, dataDir.toAbsolutePath().normalize(), exitOnStdinClose);
    }

    private static String valueAfter(String[] args, int i) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value, e.g. " + args[i] + (args[i].equals("--port") ? " 7688" : " /tmp/neo4j"));
      }
      return args[i + 1];
    }

    private static int parsePort(String text) {
      try {
        int port = Integer.parseInt(text.trim());
        if (port >= 1 && port <= 65535) {
          return port;
        }
      } catch (NumberFormatException ignored) {
        // Falls through to the explanation below.
      }
      throw new IllegalArgumentException("port '" + text + "' is not a TCP port (1-65535); set NEO4J_PORT or --port to e.g. 7687.");
    }

    /** graph/neo4j/, found from target/neo4j-dev-server.jar or target/classes/. */
    private static Path projectDir() {
      try {
        Path code = Path.of(DevNeo4jServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return code.getParent().getParent();
      } catch (URISyntaxException | SecurityException e) {
        return Path.of(".");
      }
    }
  }
}
