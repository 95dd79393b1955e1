package uk.org.cascade.platform.boundary;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.primefaces.model.file.UploadedFile;
import uk.org.cascade.platform.Violation;

/**
 * What an import page keeps between its preview and its apply: the uploaded file, spooled to disk and
 * deleted when the view ends or the file is applied, and the dry run's report ({@code R}) with the
 * changes ({@code C}) it would make.
 */
public abstract class UploadedCsv<R, C> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient UploadedFile upload;
    private String spooled;
    private String fileName;
    private R preview;
    private final List<C> changes = new ArrayList<>();

    /** Spools the new upload, replacing any earlier one; empty (with a message) when nothing was chosen. */
    protected Optional<Path> spool(String what) throws IOException {
        discard();
        if (upload == null || upload.getSize() == 0) {
            Messages.error("Choose the " + what + " first.");
            return Optional.empty();
        }
        Path file = Files.createTempFile("upload-", ".csv");
        try (InputStream in = upload.getInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        spooled = file.toString();
        fileName = upload.getFileName();
        return Optional.of(file);
    }

    /** Forgets the file and the preview; a leftover temporary file is harmless. */
    @PreDestroy
    protected void discard() {
        if (spooled != null) {
            try {
                Files.deleteIfExists(Path.of(spooled));
            } catch (IOException e) {
                // The next upload gets a new file; the temporary folder is cleaned by the system.
            }
        }
        spooled = null;
        preview = null;
        changes.clear();
    }

    /** The rows a report refused; any means nothing may be applied. */
    protected abstract List<Violation> rejectedOf(R report);

    /** Keeps a dry run's report to show; its changes were collected through {@link #changeCollector()}. */
    protected void showPreview(R report) {
        preview = report;
        if (!rejectedOf(report).isEmpty()) {
            changes.clear();
        }
    }

    protected Consumer<C> changeCollector() {
        return changes::add;
    }

    /** The file to apply, when a preview without problems is on show. */
    protected Optional<Path> applicable(String what) {
        if (spooled == null || preview == null || !rejectedOf(preview).isEmpty()) {
            Messages.error("Preview " + what + " without problems before applying it.");
            return Optional.empty();
        }
        return Optional.of(Path.of(spooled));
    }

    public R getPreview() {
        return preview;
    }

    public List<C> getChanges() {
        return changes;
    }

    public List<Violation> getRejected() {
        return preview == null ? List.of() : rejectedOf(preview);
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public String getFileName() {
        return fileName;
    }
}
