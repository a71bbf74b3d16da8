package dev.pacesetter.notifications;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the FCM HTTP v1 endpoint and Google's OAuth token endpoint, on 127.0.0.1.
 * The real SDK reaches it through {@link #transport()}, which rewrites every URL to this server,
 * so nothing leaves the machine. Responses are scripted per device token; unscripted tokens succeed.
 */
final class FakeFcm implements AutoCloseable {

    private static final Pattern SEND_PATH = Pattern.compile("/v1/projects/([^/]+)/messages:send");

    /** A scripted HTTP response. */
    record Response(int status, Map<String, String> headers, String body) {
    }

    /** What the fake received for one send call. */
    record SendRequest(String project, String authorization, JsonObject message) {
        String token() {
            return message.get("token").getAsString();
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Response> scripted = new ConcurrentHashMap<>();
    private final List<SendRequest> sends = new CopyOnWriteArrayList<>();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<String> originalHosts = new CopyOnWriteArrayList<>();

    FakeFcm() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * A transport whose every connection goes to this server, whatever host the SDK asked for.
     *
     * @return the transport to hand to the SDK
     */
    HttpTransport transport() {
        int port = server.getAddress().getPort();
        return new NetHttpTransport.Builder()
                .setConnectionFactory(url -> {
                    originalHosts.add(url.getHost());
                    URI local = URI.create("http://127.0.0.1:" + port + url.getFile());
                    return (HttpURLConnection) local.toURL().openConnection(Proxy.NO_PROXY);
                })
                .build();
    }

    void respond(String token, Response response) {
        scripted.put(token, response);
    }

    /** An FCM v1 error body, with the FcmError detail the SDK reads the messaging error code from. */
    static Response fcmError(int status, String platformStatus, String fcmErrorCode, Map<String, String> headers) {
        String body = """
                {"error": {"code": %d, "message": "scripted %s", "status": "%s",
                  "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError",
                               "errorCode": "%s"}]}}
                """.formatted(status, fcmErrorCode, platformStatus, fcmErrorCode);
        return new Response(status, headers, body);
    }

    List<SendRequest> sends() {
        return List.copyOf(sends);
    }

    long sendsFor(String token) {
        return sends.stream().filter(s -> s.token().equals(token)).count();
    }

    List<String> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    List<String> originalHosts() {
        return List.copyOf(originalHosts);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            Matcher send = SEND_PATH.matcher(path);
            if (exchange.getRequestMethod().equals("POST") && send.matches()) {
                handleSend(exchange, send.group(1), body);
            } else if (exchange.getRequestMethod().equals("POST") && path.equals("/token")) {
                tokenRequests.add(body);
                reply(exchange, new Response(200, Map.of(),
                        "{\"access_token\": \"sa-token\", \"token_type\": \"Bearer\", \"expires_in\": 3600}"));
            } else {
                reply(exchange, new Response(404, Map.of(), "{\"error\": {\"message\": \"no route " + path + "\"}}"));
            }
        }
    }

    private void handleSend(HttpExchange exchange, String project, String body) throws IOException {
        JsonObject message = JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("message");
        SendRequest request = new SendRequest(project,
                exchange.getRequestHeaders().getFirst("Authorization"), message);
        sends.add(request);
        Response response = scripted.getOrDefault(request.token(), new Response(200, Map.of(),
                "{\"name\": \"projects/" + project + "/messages/" + request.token() + "\"}"));
        reply(exchange, response);
    }

    private static void reply(HttpExchange exchange, Response response) throws IOException {
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                response.body().startsWith("{") ? "application/json; charset=UTF-8" : "text/html");
        response.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
