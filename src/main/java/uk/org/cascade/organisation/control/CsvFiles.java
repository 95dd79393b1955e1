package uk.org.cascade.organisation.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Uploaded CSV files as government sites serve them: Windows-1252 or UTF-8 with or without a
 * byte-order mark, detected by trying a strict UTF-8 decode first. Columns are looked up by header.
 */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** A streaming parser over {@code file} whose first record is the header. */
    public static CSVParser open(Path file) throws IOException {
        Charset charset = detectCharset(file);
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        if (hasUtf8Bom(file)) {
            in.skipNBytes(3);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).setIgnoreSurroundingSpaces(true).get();
        return CSVParser.builder().setReader(new InputStreamReader(in, charset)).setFormat(format).get();
    }

    /** UTF-8 when the bytes are valid UTF-8 (with or without BOM), else Windows-1252. */
    static Charset detectCharset(Path file) throws IOException {
        if (hasUtf8Bom(file)) {
            return StandardCharsets.UTF_8;
        }
        try (Reader strict = new InputStreamReader(new BufferedInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buffer = new char[65536];
            while (strict.read(buffer) != -1) {
                // Reading to the end is the check.
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return Charset.forName("windows-1252");
        }
    }

    private static boolean hasUtf8Bom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(3);
            return start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
        }
    }
}
