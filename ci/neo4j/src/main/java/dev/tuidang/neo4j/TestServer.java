package dev.tuidang.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A fresh, empty Neo4j Community server for one test run, started through the official test harness.
 *
 * Bolt listens on 127.0.0.1 only, with authentication on and a known password. When the server
 * answers, one line "NEO4J_READY bolt://127.0.0.1:PORT" goes to stdout (and, with --ready-file,
 * into that file, written atomically), so whoever started it can wait for it. SIGTERM or SIGINT
 * closes the database cleanly and deletes its working directory.
 *
 * Options: --port N (0, the default, picks a free port), --password P (at least 8 characters),
 * --page-cache SIZE (e.g. 128m), --work-dir DIR (parent of the database's folder), --ready-file FILE.
 * The heap is the JVM's: scripts/with-neo4j passes -Xmx.
 */
public final class TestServer {
    private TestServer() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int port = options.port != 0 ? options.port : freePort();
        Path workDir = Files.createDirectories(options.workDir);

        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(workDir)
                .withDisabledServer()
                .withConfig(HttpConnector.enabled, false)
                .withConfig(HttpsConnector.enabled, false)
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
                // A test that goes wrong should fail within the run, not hang it.
                .withConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                // Bolt's network threads otherwise wait out a 5 s quiet period, twice, on every stop.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();

        setPassword(neo4j, options.password);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J_STOPPING");
            neo4j.close();
            System.out.println("NEO4J_STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-test-server-stop"));

        String bolt = "bolt://127.0.0.1:" + port;
        if (options.readyFile != null) writeAtomically(options.readyFile, bolt + "\n");
        System.out.println("NEO4J_READY " + bolt);
        System.out.flush();
        // The database runs on its own threads; main waits for the shutdown hook.
        stopped.await();
    }

    /**
     * A new database's "neo4j" user has the password "neo4j", which must be changed before use.
     * The embedded API runs with full privileges, so the system database takes the change here.
     */
    private static void setPassword(Neo4j neo4j, String password) {
        neo4j.databaseManagementService()
                .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", password));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private record Options(int port, String password, long pageCacheBytes, Path workDir, Path readyFile) {
        static Options parse(String[] args) {
            int port = 0;
            String password = "test-password";
            long pageCache = 64L << 20;
            Path workDir = Path.of(System.getProperty("java.io.tmpdir"), "neo4j-test-server");
            Path readyFile = null;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) throw usage(name + " needs a value");
                String value = args[++i];
                switch (name) {
                    case "--port" -> port = Integer.parseInt(value);
                    case "--password" -> password = value;
                    case "--page-cache" -> pageCache = parseSize(value);
                    case "--work-dir" -> workDir = Path.of(value);
                    case "--ready-file" -> readyFile = Path.of(value);
                    default -> throw usage("unknown option " + name);
                }
            }
            if (password.length() < 8) throw usage("--password must have at least 8 characters (Neo4j's minimum)");
            return new Options(port, password, pageCache, workDir, readyFile);
        }

        private static long parseSize(String value) {
            String v = value.trim().toLowerCase();
            long unit = v.endsWith("g") ? 1L << 30 : v.endsWith("m") ? 1L << 20 : v.endsWith("k") ? 1L << 10 : 1L;
            String digits = unit == 1L ? v : v.substring(0, v.length() - 1);
            return Long.parseLong(digits) * unit;
        }

        private static IllegalArgumentException usage(String problem) {
            return new IllegalArgumentException("TestServer: " + problem
                    + ". Usage: --port N --password P --page-cache 64m --work-dir DIR --ready-file FILE");
        }
    }
}
