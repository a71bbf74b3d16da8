package dev.pacesetter;

import dev.pacesetter.platform.JwtSigner;
import dev.pacesetter.platform.Pem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;

/**
 * Development signing keys, generated on first start under the data directory and reused after.
 * Only the embedded default uses them; production verifies tokens from its identity provider.
 */
record DevKeys(Path publicKeyFile, PrivateKey privateKey) {

    static DevKeys loadOrCreate(Path dir) throws IOException {
        Path publicFile = dir.resolve("dev-jwt-public.pem");
        Path privateFile = dir.resolve("dev-jwt-private.pem");
        if (!Files.exists(publicFile) || !Files.exists(privateFile)) {
            Files.createDirectories(dir);
            KeyPair pair = JwtSigner.newKeyPair();
            Files.writeString(publicFile, Pem.encode(pair.getPublic()));
            Files.writeString(privateFile, Pem.encode(pair.getPrivate()));
            try {
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system; the file stays with default permissions.
            }
        }
        return new DevKeys(publicFile, Pem.privateKey(Files.readString(privateFile)));
    }
}
