package dev.pacesetter.nudges;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.pacesetter.platform.JsonProvider;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The FCM HTTP v1 send endpoint on loopback, as the real SDK sees it through
 * {@link dev.pacesetter.notifications.LocalFcm}: records every message and answers from a per-token
 * script (each scripted answer is used once, in order), else with success.
 */
final class FakeFcmEndpoint implements AutoCloseable {

    /** A scripted HTTP answer. */
    record Answer(int status, Map<String, String> headers, String body) {
        /** An FCM v1 error with the FcmError detail the SDK reads its messaging error code from. */
        static Answer fcmError(int status, String platformStatus, String errorCode) {
            return new Answer(status, Map.of(), """
                    {"error": {"code": %d, "message": "scripted %s", "status": "%s",
                      "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError",
                                   "errorCode": "%s"}]}}""".formatted(status, errorCode, platformStatus, errorCode));
        }
    }

    /** One received send: the project in the path, the Authorization header and the message object. */
    record Received(String project, String authorization, JsonNode message) {
        String token() {
            return message.path("token").asText();
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Queue<Answer>> scripts = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    FakeFcmEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void script(String token, Answer... answers) {
        scripts.computeIfAbsent(token, t -> new ConcurrentLinkedQueue<>()).addAll(List.of(answers));
    }

    List<Received> to(String token) {
        return received.stream().filter(r -> r.token().equals(token)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] in = exchange.getRequestBody().readAllBytes();
            if (!path.startsWith("/v1/projects/") || !path.endsWith("/messages:send")) {
                reply(exchange, new Answer(404, Map.of(), "{\"error\": {\"message\": \"no route\"}}"));
                return;
            }
            JsonNode message = JsonProvider.mapper().readTree(in).path("message");
            Received r = new Received(path.split("/")[3], exchange.getRequestHeaders().getFirst("Authorization"),
                    message);
            received.add(r);
            Queue<Answer> script = scripts.get(r.token());
            Answer answer = script == null ? null : script.poll();
            reply(exchange, answer != null ? answer : new Answer(200, Map.of(),
                    "{\"name\": \"projects/" + r.project() + "/messages/" + received.size() + "\"}"));
        }
    }

    private static void reply(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
