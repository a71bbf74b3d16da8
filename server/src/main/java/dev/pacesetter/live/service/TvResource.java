package dev.pacesetter.live.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The TV board: one static page, a script and a style sheet, shipped in the jar under {@code tv/}. No
 * token is needed for the page itself (it holds no data); the page reads its screen token from the URL
 * fragment and opens the contest's stream with it. Strict headers: the page may only load its own
 * script and style and talk to this server, may not be framed, and leaks no referrer (the URL holds
 * the token). {@code chromium --kiosk 'http://localhost:8080/tv/contests/7#token=pst1...'}
 */
@Path("/tv")
@ApplicationScoped
public class TvResource {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final Map<String, String> ASSETS = Map.of(
            "board.js", "text/javascript; charset=utf-8",
            "board.css", "text/css; charset=utf-8");

    private final Map<String, byte[]> files = Map.of(
            "board.html", read("board.html"), "board.js", read("board.js"), "board.css", read("board.css"));

    @GET
    @Path("/contests/{contestId: [0-9]{1,18}}")
    public Response board(@PathParam("contestId") String contestId) {
        return secured(files.get("board.html"), "text/html; charset=utf-8").header("Cache-Control", "no-cache")
                .build();
    }

    @GET
    @Path("/assets/{name: board\\.(js|css)}")
    public Response asset(@PathParam("name") String name) {
        return secured(files.get(name), ASSETS.get(name)).header("Cache-Control", "max-age=300").build();
    }

    private static Response.ResponseBuilder secured(byte[] body, String type) {
        return Response.ok(body).header("Content-Type", type)
                .header("Content-Security-Policy", CSP)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
    }

    private static byte[] read(String name) {
        try (InputStream in = TvResource.class.getResourceAsStream("/tv/" + name)) {
            if (in == null) {
                throw new IllegalStateException("tv/" + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
