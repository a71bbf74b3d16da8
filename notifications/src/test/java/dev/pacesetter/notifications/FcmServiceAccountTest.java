package dev.pacesetter.notifications;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building a sender from a service-account key, with the OAuth token exchange done by the fake. */
class FcmServiceAccountTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T08:00:00Z"), ZoneOffset.UTC);
    private static String serviceAccountJson;

    @BeforeAll
    static void generateKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\\n"
                + Base64.getEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\\n-----END PRIVATE KEY-----\\n";
        serviceAccountJson = """
                {"type": "service_account", "project_id": "demo-sa", "private_key_id": "k1",
                 "private_key": "%s", "client_email": "push@demo-sa.iam.gserviceaccount.com",
                 "client_id": "1", "token_uri": "https://oauth2.googleapis.com/token"}
                """.formatted(pem);
    }

    @Test
    void sendsToTheKeysProjectWithATokenExchangedForASignedAssertion() throws IOException {
        try (FakeFcm fcm = new FakeFcm();
                FcmPushSender sender = FcmPushSender.create(
                        ServiceAccount.fromJson(serviceAccountJson, fcm.transport()), fcm.transport(), CLOCK)) {

            DeliveryResult result = sender.send(List.of(message("tok"))).getFirst();

            assertEquals(new DeliveryResult.Delivered("projects/demo-sa/messages/tok"), result);
            FakeFcm.SendRequest send = fcm.sends().getFirst();
            assertEquals("demo-sa", send.project());
            assertEquals("Bearer sa-token", send.authorization());
            Map<String, String> form = form(fcm.tokenRequests().getFirst());
            assertEquals("urn:ietf:params:oauth:grant-type:jwt-bearer", form.get("grant_type"));
            assertEquals("push@demo-sa.iam.gserviceaccount.com", jwtClaims(form.get("assertion")).get("iss").getAsString());
        }
    }

    @Test
    void aThirdPartyAuthErrorFailsPermanentlyAfterTheSdksTokenRefreshRetries() throws IOException {
        try (FakeFcm fcm = new FakeFcm();
                FcmPushSender sender = FcmPushSender.create(
                        ServiceAccount.fromJson(serviceAccountJson, fcm.transport()), fcm.transport(), CLOCK)) {
            fcm.respond("tok", FakeFcm.fcmError(401, "UNAUTHENTICATED", "THIRD_PARTY_AUTH_ERROR", Map.of()));

            DeliveryResult result = sender.send(List.of(message("tok"))).getFirst();

            // On every 401 the SDK refreshes its token and retries, up to its 4 retries; the last
            // body is consumed by then, so the 401 itself is what marks the failure permanent.
            DeliveryResult.Failed failed = assertInstanceOf(DeliveryResult.Failed.class, result);
            assertTrue(failed.reason().startsWith("UNAUTHENTICATED"), failed.reason());
            assertEquals(5, fcm.sendsFor("tok"));
            assertEquals(6, fcm.tokenRequests().size());
        }
    }

    @Test
    void readsTheKeyFromAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("fcm.json"), serviceAccountJson);

        assertEquals("demo-sa", ServiceAccount.fromFile(file, null).projectId());
        // The public factory only builds the app; nothing is sent, so nothing leaves the machine.
        assertDoesNotThrow(() -> FcmPushSender.fromServiceAccountFile(file).close());
        assertDoesNotThrow(() -> FcmPushSender.fromServiceAccountJson(serviceAccountJson).close());
    }

    @Test
    void rejectsWhatIsNotAUsableServiceAccountKey(@TempDir Path dir) {
        String withoutProject = serviceAccountJson.replace("\"project_id\": \"demo-sa\",", "");
        String userCredentials = """
                {"type": "authorized_user", "client_id": "1", "client_secret": "s", "refresh_token": "r"}
                """;

        assertThrows(IOException.class, () -> ServiceAccount.fromJson(withoutProject, null));
        assertThrows(IOException.class, () -> ServiceAccount.fromJson(userCredentials, null));
        assertThrows(IOException.class, () -> ServiceAccount.fromJson("{not json", null));
        assertThrows(IOException.class, () -> FcmPushSender.fromServiceAccountFile(dir.resolve("missing.json")));
    }

    private static PushMessage message(String token) {
        return PushMessage.to(token).title("t").body("b").deepLink(URI.create("pacesetter://inbox")).build();
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        kv -> URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv -> URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
    }

    private static JsonObject jwtClaims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JsonParser.parseString(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .getAsJsonObject();
    }
}
