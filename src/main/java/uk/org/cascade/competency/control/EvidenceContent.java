package uk.org.cascade.competency.control;

import java.util.EnumSet;
import uk.org.cascade.platform.control.FileContent.Kind;
import uk.org.cascade.platform.control.FileContent.Policy;

/** Which evidence files are accepted: a PDF, PNG or JPEG of at most 10 MB that is what its type says. */
public final class EvidenceContent {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final Policy POLICY = new Policy(EnumSet.of(Kind.PDF, Kind.PNG, Kind.JPEG), MAX_BYTES);

    private EvidenceContent() {
    }
}
