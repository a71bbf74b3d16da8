package dev.pacesetter.live.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A plain java.net.http reader of a text/event-stream, the way a browser's EventSource reads it: events
 * separated by blank lines, {@code event:}, {@code id:}, {@code data:} fields, comments starting with
 * a colon. Events are parsed on a virtual thread into a queue the test polls with a deadline.
 */
final class SseReader implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One event; {@code name} is "comment" for a comment line. */
    record Event(String name, String id, String data) {
    }

    final int status;
    final String contentType;
    final String body;
    private final InputStream stream;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private SseReader(HttpResponse<InputStream> response) throws IOException {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.stream = response.body();
        if (status == 200) {
            this.body = null;
            Thread.ofVirtual().start(this::read);
        } else {
            this.body = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            stream.close();
        }
    }

    static SseReader open(URI uri, String bearer, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new SseReader(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    /** The next event that is not a comment, or fails after {@code seconds}. */
    Event next(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            Event e = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("no event within " + seconds + " s");
            }
            if (!"comment".equals(e.name())) {
                return e;
            }
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String name = "message";
            String id = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name, id, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    events.add(new Event("comment", null, line.substring(1).trim()));
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("data:")) {
                    if (!data.isEmpty()) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5));
                }
            }
        } catch (IOException e) {
            // Closed by the test, or by the server.
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
