package uk.org.cascade.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;

/**
 * {@code ./mvnw verify -Pbenchmark}: imports a generated 50,000-row GIAS file (the real 139-column
 * header, Windows-1252, about 60 MB) through the API into Payara Micro running in a 256 MB heap, then
 * again unchanged, and prints the times and the server's peak heap from its GC log.
 */
class GiasImportBenchmark extends DeployedCascade {

    private static final Logger LOG = Logger.getLogger(GiasImportBenchmark.class.getName());
    private static final int ROWS = 50_000;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void fiftyThousandRows() throws Exception {
        Path file = generate(Path.of("target", "benchmark-gias-50000.csv"));

        long first = timed(file);
        long again = timed(file);

        LOG.info(String.format("%nGIAS import benchmark: %,d rows, %.1f MB file%n  first import: %.1f s%n"
                        + "  re-import (all unchanged): %.1f s%n  Payara heap limit 256 MB; peak heap in use before a GC: %s%n",
                ROWS, Files.size(file) / 1e6, first / 1000.0, again / 1000.0, peakHeap()));
    }

    private long timed(Path file) throws Exception {
        String basic = Base64.getEncoder().encodeToString((Caller.ADMIN.email() + ":" + Caller.ADMIN.password()).getBytes());
        long start = System.nanoTime();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(api.uri("/api/v1/imports/gias")).timeout(Duration.ofMinutes(10))
                        .header("Authorization", "Basic " + basic).header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject report = Json.createReader(new StringReader(answer.body())).readObject();
        assertEquals(ROWS, report.getInt("created") + report.getInt("updated") + report.getInt("unchanged"));
        return millis;
    }

    /** The sample's real header and first row, multiplied with varied URNs, names, LAs and statuses. */
    private static Path generate(Path target) throws IOException {
        List<String> header;
        List<String> template;
        try (CSVParser sample = CSVParser.builder().setPath(Path.of("src/test/resources/gias/gias-sample.csv"))
                .setCharset(WINDOWS_1252).setFormat(CSVFormat.RFC4180).get()) {
            List<CSVRecord> records = sample.getRecords();
            header = records.get(0).toList();
            template = new ArrayList<>(records.get(1).toList());
        }
        int urn = header.indexOf("URN");
        int name = header.indexOf("EstablishmentName");
        int laCode = header.indexOf("LA (code)");
        int laName = header.indexOf("LA (name)");
        int status = header.indexOf("EstablishmentStatus (name)");
        int closeDate = header.indexOf("CloseDate");
        // Realistic width: the real file's empty columns are mostly filled in.
        for (int i = 0; i < template.size(); i++) {
            if (template.get(i).isEmpty()) {
                template.set(i, "Value " + i);
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(target, WINDOWS_1252);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(
                     org.apache.commons.csv.QuoteMode.ALL).get())) {
            printer.printRecord(header);
            for (int i = 0; i < ROWS; i++) {
                List<String> row = new ArrayList<>(template);
                int la = 201 + (i % 150);
                row.set(urn, Integer.toString(100000 + i));
                row.set(name, "St Mary’s School " + i);
                row.set(laCode, Integer.toString(la));
                row.set(laName, "Local authority " + la);
                boolean closedSchool = i % 2 == 1;
                row.set(status, closedSchool ? "Closed" : "Open");
                row.set(closeDate, closedSchool ? "31-08-2019" : "");
                printer.printRecord(row);
            }
        }
        return target;
    }

    /** The largest heap occupancy before a collection, from Payara's -Xlog:gc lines ("123M->45M(256M)"). */
    private static String peakHeap() throws IOException {
        Path log = Path.of(System.getProperty("cascade.benchmark.gc-log", "target/benchmark-payara-gc.log"));
        if (!Files.exists(log)) {
            return "unknown (no GC log)";
        }
        Pattern usage = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
        int peak = 0;
        for (String line : Files.readAllLines(log)) {
            Matcher m = usage.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Integer.parseInt(m.group(1)));
            }
        }
        return peak + " MB";
    }
}
