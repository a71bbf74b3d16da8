package dev.pacesetter.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacesetter.testing.TestOrg;
import dev.pacesetter.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP contract below the generated client: raw bodies, error shapes, operations endpoints. */
class HttpContractIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestOrg org;
    private static String token;

    @BeforeAll
    static void setUp() {
        org = TestOrg.create(1);
        token = org.token(org.integration);
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestServer.get().baseUri() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"),
                response.headers()::toString);
        JsonNode body = JSON.readTree(response.body());
        assertEquals(status, body.path("status").asInt());
        assertTrue(body.path("type").asText().startsWith("https://pacesetter.dev/problems/"));
        assertTrue(!response.body().contains("Exception") && !response.body().contains("at dev."),
                "no stack traces: " + response.body());
        return body;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "truncated JSON        | {\"source\": \"crm\",                                 | body",
            "unknown field         | {\"source\":\"crm\",\"colour\":\"red\"}                 | colour",
            "wrong type            | {\"source\":\"crm\",\"userId\":\"seven\"}               | userId",
            "bad date              | {\"source\":\"crm\",\"occurredAt\":\"yesterday\"}        | occurredAt",
            "bad enum              | {\"source\":\"crm\",\"correction\":\"UNDO\"}             | correction",
    })
    void unreadableBodiesAreABadRequestNamingTheField(String name, String body, String field) throws Exception {
        JsonNode p = problem(send("POST", "/v1/activities", body), 400);
        if (!"body".equals(field)) {
            assertEquals(field, p.path("errors").get(0).path("field").asText(), p::toString);
        }
    }

    @Test
    void batchItemErrorsCarryTheItemIndex() throws Exception {
        JsonNode p = problem(send("POST", "/v1/activities/batch",
                "{\"activities\":[{\"source\":\"a\"},{\"source\":\"b\",\"userId\":\"x\"}]}"), 400);
        assertEquals("userId", p.path("errors").get(0).path("field").asText(), p::toString);
        assertEquals(1, p.path("errors").get(0).path("index").asInt());
    }

    @Test
    void anEmptyBodyIsABadRequest() throws Exception {
        problem(send("POST", "/v1/activities/batch", "{}"), 400);
    }

    @Test
    void unknownPathsAndMethodsAreProblems() throws Exception {
        problem(send("GET", "/v1/nothing-here", null), 404);
        problem(send("DELETE", "/v1/activities", null), 405);
    }

    @Test
    void queryParametersOfTheWrongTypeAreABadRequest() throws Exception {
        token = org.token(org.admin);
        try {
            JsonNode p = problem(send("GET", "/v1/activities?from=yesterday", null), 400);
            assertEquals("from", p.path("errors").get(0).path("field").asText());
            problem(send("GET", "/v1/activities?limit=0", null), 400);
            problem(send("GET", "/v1/activities?cursor=zzz", null), 400);
        } finally {
            token = org.token(org.integration);
        }
    }

    @Test
    void healthMetricsAndTheSpecNeedNoToken() throws Exception {
        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(TestServer.get().baseUri()
                + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready::body);
        JsonNode checks = JSON.readTree(ready.body());
        assertEquals("UP", checks.path("status").asText());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("\"redis\""));
        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create(TestServer.get().baseUri()
                + "/metrics")).header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("# TYPE"), "Prometheus text format");
        HttpResponse<String> spec = HTTP.send(HttpRequest.newBuilder(URI.create(TestServer.get().baseUri()
                + "/openapi")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, spec.statusCode());
        assertTrue(spec.body().contains("ingestActivities"));
        HttpResponse<String> ui = HTTP.send(HttpRequest.newBuilder(URI.create(TestServer.get().baseUri()
                + "/openapi/ui/index.html")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
    }
}
