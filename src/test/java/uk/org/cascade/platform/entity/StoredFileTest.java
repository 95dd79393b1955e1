package uk.org.cascade.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StoredFileTest {

    @Test
    void aStoredFile_knowsItsSizeAndFingerprint_fromItsContent() {
        byte[] content = "abc".getBytes(StandardCharsets.US_ASCII);

        StoredFile file = new StoredFile("notes.pdf", "application/pdf", content, StoredFile.sha256Of(content));

        assertEquals(3, file.getSizeBytes());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", file.getSha256(),
                "the SHA-256 of \"abc\" in lower-case hex");
        assertEquals("notes.pdf", file.getFilename());
        assertEquals("application/pdf", file.getContentType());
    }
}
