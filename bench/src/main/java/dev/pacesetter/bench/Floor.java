package dev.pacesetter.bench;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The HTTP floor: the JDK's own server answering a fixed body, on loopback, with no work behind
 * it. A GET answers about a leaderboard page's worth of JSON; a POST reads the whole body (as
 * ingest must) and answers a few bytes. Every HTTP figure is compared with it.
 */
final class Floor implements AutoCloseable {
    private static final byte[] PAGE = ("{\"entries\":[" + "{\"rank\":1,\"userId\":1,\"displayName\":\"Rep 1\",\"score\":\"1\"},".repeat(20)
            + "{}]}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] ACK = "{\"created\":1000}".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;

    Floor() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            byte[] answer = "POST".equals(exchange.getRequestMethod()) ? ACK : PAGE;
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
