package uk.org.cascade.learning.control;

import java.util.List;
import java.util.Optional;

/**
 * The versioning rules of module content, in one place. Authors always edit a draft. Publishing it replaces the
 * current version when nobody has started that one yet, and otherwise becomes a new version. A learner who has
 * passed keeps the version they did; one in progress stays on the version they started unless a later version
 * was published as requiring a restart, which moves them to the newest version from page one.
 */
public final class ContentVersions {

    /** A published version: its number and whether its change requires learners in progress to restart. */
    public record Published(int number, boolean requiresRestart) {
    }

    private ContentVersions() {
    }

    /** The number the draft gets when published. */
    public static int numberOnPublish(Optional<Integer> current, boolean currentStarted) {
        return current.map(n -> currentStarted ? n + 1 : n).orElse(1);
    }

    /** Whether publishing the draft replaces the current version rather than adding one. */
    public static boolean publishReplaces(Optional<Integer> current, boolean currentStarted) {
        return current.isPresent() && !currentStarted;
    }

    /**
     * The version a learner should be on now.
     *
     * @param started the version they started, empty when they have not started
     * @param published every published version
     * @param completed whether they have completed the module
     */
    public static Optional<Integer> versionFor(Optional<Integer> started, List<Published> published, boolean completed) {
        Optional<Integer> latest = published.stream().map(Published::number).max(Integer::compare);
        if (started.isEmpty() || completed) {
            return started.isPresent() ? started : latest;
        }
        int from = started.get();
        boolean restart = published.stream().anyMatch(p -> p.number() > from && p.requiresRestart());
        return restart ? latest : started;
    }
}
