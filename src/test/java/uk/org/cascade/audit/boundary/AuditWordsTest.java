package uk.org.cascade.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditWordsTest {

    @Test
    void recordTypesReadAsWords() {
        assertEquals("Sign-off", AuditWords.type("SignOff"));
        assertEquals("User account", AuditWords.type("UserAccount"));
        assertEquals("Supervision log", AuditWords.type("SupervisionLog"));
        assertEquals("Local authority", AuditWords.type("LocalAuthority"));
    }

    @Test
    void anUnlistedTypeLosesItsPackageAndCamelCase() {
        assertEquals("Refresher window", AuditWords.type("uk.org.cascade.refresher.entity.RefresherWindow"));
        assertEquals("Module page", AuditWords.type("ModulePage"));
        assertEquals("", AuditWords.type(null));
    }

    @Test
    void actionsReadAsWords() {
        assertEquals("Created", AuditWords.action("CREATED"));
        assertEquals("Module completed", AuditWords.action("MODULE_COMPLETED"));
        assertEquals("Status changed to running", AuditWords.action("STATUS_RUNNING"));
        assertEquals("Cohort cancelled", AuditWords.action("COHORT_CANCELLED"));
        assertEquals("Changed, with a new password", AuditWords.action("CHANGED_WITH_PASSWORD"));
        assertEquals("Coverage target set", AuditWords.action("COVERAGE_TARGET"));
        assertEquals("", AuditWords.action(" "));
    }
}
