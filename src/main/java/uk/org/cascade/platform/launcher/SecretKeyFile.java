package uk.org.cascade.platform.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded database's {@code CASCADE_SECRET_KEY} when none is set: 32 random bytes made once into the data
 * folder (readable by its owner only) and read on every later start, so the signing key sealed under it still opens.
 * A deployment with its own database sets the variable itself.
 */
final class SecretKeyFile {

    static final String NAME = "secret-key";

    private SecretKeyFile() {
    }

    static String readOrMake(Path dataDir) throws IOException {
        Path file = dataDir.resolve(NAME);
        if (!Files.exists(file)) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Files.createDirectories(dataDir);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException madeMeanwhile) {
                // another launcher on the same folder made it first: use theirs
            } catch (UnsupportedOperationException notPosix) {
                Files.writeString(file, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
            }
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
}
