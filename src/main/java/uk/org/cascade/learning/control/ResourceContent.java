package uk.org.cascade.learning.control;

import java.util.EnumSet;
import uk.org.cascade.platform.control.FileContent.Kind;
import uk.org.cascade.platform.control.FileContent.Policy;

/** Which page resources are accepted: a PDF, Word document (DOCX), PNG or JPEG of at most 20 MB that is what its type says. */
public final class ResourceContent {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final Policy POLICY = new Policy(EnumSet.allOf(Kind.class), MAX_BYTES);

    private ResourceContent() {
    }
}
