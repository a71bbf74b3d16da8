package dev.pacesetter.live.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Headless Chromium (Debian's {@code chromium}) driven over the DevTools protocol, so a test can wait
 * for a live page to change instead of guessing a time budget. Every wait is bounded, and closing kills
 * the browser and all its helper processes. A fresh profile directory per launch.
 */
final class Chromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long CALL_SECONDS = 30;

    private final Process process;
    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> calls = new ConcurrentHashMap<>();

    private Chromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Starts the browser with a 1920×1080 window and connects to it. */
    static Chromium launch(Path dir) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=1920,1080", "--remote-debugging-port=0",
                "about:blank"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new IllegalStateException("Chromium did not start; see " + dir.resolve("chromium.log"));
                }
                Thread.sleep(50);
            }
            List<String> lines = Files.readAllLines(portFile);
            URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
            Chromium[] self = new Chromium[1];
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(uri, new Listener(message -> self[0].answer(message)))
                    .get(CALL_SECONDS, TimeUnit.SECONDS);
            self[0] = new Chromium(process, socket);
            return self[0];
        } catch (Exception | Error e) {
            kill(process);
            throw e;
        }
    }

    /** Opens {@code url} in a new 1920×1080 page; returns the page's session. */
    String open(String url) throws Exception {
        String target = call("Target.createTarget", params().put("url", "about:blank"), null)
                .path("targetId").asText();
        String session = call("Target.attachToTarget", params().put("targetId", target).put("flatten", true), null)
                .path("sessionId").asText();
        call("Emulation.setDeviceMetricsOverride", params().put("width", 1920).put("height", 1080)
                .put("deviceScaleFactor", 1).put("mobile", false), session);
        call("Page.navigate", params().put("url", url), session);
        return session;
    }

    /** Evaluates a JavaScript expression in the page; returns its value as JSON. */
    JsonNode eval(String session, String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", params().put("expression", expression)
                .put("returnByValue", true), session);
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("page script failed: " + result.path("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    byte[] screenshot(String session) throws Exception {
        return Base64.getDecoder().decode(call("Page.captureScreenshot", params().put("format", "png"), session)
                .path("data").asText());
    }

    private JsonNode call(String method, ObjectNode params, String session) throws Exception {
        long id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        calls.put(id, answer);
        socket.sendText(message.toString(), true).get(CALL_SECONDS, TimeUnit.SECONDS);
        JsonNode reply = answer.get(CALL_SECONDS, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + " failed: " + reply.path("error"));
        }
        return reply.path("result");
    }

    private void answer(String message) {
        try {
            JsonNode node = JSON.readTree(message);
            if (node.has("id")) {
                CompletableFuture<JsonNode> waiting = calls.remove(node.path("id").asLong());
                if (waiting != null) {
                    waiting.complete(node);
                }
            }
        } catch (IOException e) {
            // Not JSON: not a reply anyone waits for.
        }
    }

    private static ObjectNode params() {
        return JSON.createObjectNode();
    }

    @Override
    public void close() {
        socket.abort();
        kill(process);
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reassembles the protocol's text frames into messages. */
    private record Listener(java.util.function.Consumer<String> onMessage, StringBuilder partial)
            implements WebSocket.Listener {
        Listener(java.util.function.Consumer<String> onMessage) {
            this(onMessage, new StringBuilder());
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                onMessage.accept(message);
            }
            webSocket.request(1);
            return null;
        }
    }
}
