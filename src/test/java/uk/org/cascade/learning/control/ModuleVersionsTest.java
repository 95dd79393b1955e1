package uk.org.cascade.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.cascade.learning.control.ContentVersions.Published;

class ModuleVersionsTest {

    private static final List<Published> THREE_PLAIN = List.of(new Published(1, false), new Published(2, false),
            new Published(3, false));

    @Test
    void firstPublication_isVersionOne() {
        assertEquals(1, ContentVersions.numberOnPublish(Optional.empty(), false));
        assertFalse(ContentVersions.publishReplaces(Optional.empty(), false));
    }

    @Test
    void publishingBeforeAnyoneStarted_replacesTheCurrentVersion() {
        assertEquals(2, ContentVersions.numberOnPublish(Optional.of(2), false));
        assertTrue(ContentVersions.publishReplaces(Optional.of(2), false));
    }

    @Test
    void publishingAfterLearnersStarted_makesANewVersion() {
        assertEquals(3, ContentVersions.numberOnPublish(Optional.of(2), true));
        assertFalse(ContentVersions.publishReplaces(Optional.of(2), true));
    }

    @Test
    void newLearner_startsOnTheLatestVersion() {
        assertEquals(Optional.of(3), ContentVersions.versionFor(Optional.empty(), THREE_PLAIN, false));
        assertEquals(Optional.empty(), ContentVersions.versionFor(Optional.empty(), List.of(), false));
    }

    @Test
    void learnerInProgress_staysOnTheVersionTheyStarted() {
        assertEquals(Optional.of(1), ContentVersions.versionFor(Optional.of(1), THREE_PLAIN, false));
    }

    @Test
    void learnerInProgress_movesToTheLatest_whenALaterVersionRequiresARestart() {
        List<Published> restart = List.of(new Published(1, false), new Published(2, true), new Published(3, false));
        assertEquals(Optional.of(3), ContentVersions.versionFor(Optional.of(1), restart, false));
        assertEquals(Optional.of(2), ContentVersions.versionFor(Optional.of(2), List.of(new Published(1, false),
                new Published(2, true)), false), "the restart version itself is where they already are");
    }

    @Test
    void completedLearner_keepsTheVersionTheyDid_evenAfterARestartingChange() {
        List<Published> restart = List.of(new Published(1, false), new Published(2, true));
        assertEquals(Optional.of(1), ContentVersions.versionFor(Optional.of(1), restart, true));
    }
}
