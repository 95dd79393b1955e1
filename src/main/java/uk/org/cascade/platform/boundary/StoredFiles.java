package uk.org.cascade.platform.boundary;

import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Files uploaded as a raw request body and downloaded again (evidence, module resources): reading at most a
 * limit, and answering a stored file as an attachment that a browser never runs or sniffs.
 */
public final class StoredFiles {

    /** Past the limit the rest of the body is read and dropped (up to this many times the limit), so the client gets its 413. */
    private static final int DRAIN_FACTOR = 6;

    private StoredFiles() {
    }

    /** The whole body, or null when it is longer than {@code limit}: never more than that is kept. */
    public static byte[] readAtMost(InputStream body, int limit) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = body.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                long drained = total;
                while (drained < (long) DRAIN_FACTOR * limit && (n = body.read(buffer)) != -1) {
                    drained += n;
                }
                return null;
            }
            kept.write(buffer, 0, n);
        }
        return kept.toByteArray();
    }

    /** A stored file as an attachment of its checked type: no sniffing, no scripts, sandboxed if opened. */
    public static Response download(byte[] content, String contentType, String filename, String cacheControl) {
        return Response.ok(content, contentType)
                .header("Content-Disposition", attachment(filename))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", cacheControl)
                .build();
    }

    /** An RFC 6266 attachment: an ASCII name for old clients, the exact one in UTF-8 for the rest. */
    static String attachment(String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String exact = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }
}
