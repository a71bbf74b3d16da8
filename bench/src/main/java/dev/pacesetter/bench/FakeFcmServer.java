package dev.pacesetter.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake FCM HTTP v1 endpoint for the push fan-out scenario, in a JVM of its own so the sender's
 * memory figures are the sender's: answers every {@code POST …/messages:send} with a message name,
 * like FCM, after reading the body. Runs until killed; writes its port to a file once listening.
 */
final class FakeFcmServer {
    private FakeFcmServer() {
    }

    static void serve(Path portFile) throws IOException {
        AtomicLong ids = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> answer(exchange, ids.incrementAndGet()));
        server.start();
        Files.writeString(portFile, Integer.toString(server.getAddress().getPort()));
    }

    private static void answer(HttpExchange exchange, long id) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            byte[] body = ("{\"name\": \"projects/bench/messages/" + id + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }
}
