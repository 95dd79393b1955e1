package uk.org.cascade.platform.boundary;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;

/**
 * What an import page keeps between its preview and its apply: the uploaded file, spooled to disk and
 * deleted when the view ends or the file is applied.
 */
public abstract class UploadedCsv implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient UploadedFile upload;
    private String spooled;
    private String fileName;

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

    /** The previewed file, if one is kept. */
    protected Optional<Path> spooled() {
        return Optional.ofNullable(spooled).map(Path::of);
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
        forgetPreview();
    }

    /** Clears what the page showed of the last preview. */
    protected abstract void forgetPreview();

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
