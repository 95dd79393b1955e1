package uk.org.cascade.platform.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

    @Test
    void withNothingSetAnInstanceRunsAloneWithNoDataGrid() {
        ClusterSettings alone = ClusterSettings.from(Map.of("CASCADE_CLUSTER_MEMBERS", " "));
        assertFalse(alone.clustered());
        assertEquals(List.of("--nohazelcast"), alone.payaraOptions());
    }

    @Test
    void membersPortInterfaceAndNameBecomePayaraMicrosOwnOptions() {
        ClusterSettings settings = ClusterSettings.from(Map.of(
                "CASCADE_CLUSTER_MEMBERS", "127.0.0.1:5910, 127.0.0.1:5911",
                "CASCADE_CLUSTER_PORT", "5911",
                "CASCADE_CLUSTER_INTERFACE", "127.0.0.1",
                "CASCADE_CLUSTER_NAME", "cascade-drill"));
        assertTrue(settings.clustered());
        assertEquals(List.of("--clustermode", "tcpip:127.0.0.1:5910,127.0.0.1:5911", "--startport", "5911",
                "--interfaces", "127.0.0.1", "--clustername", "cascade-drill"), settings.payaraOptions());
    }

    @Test
    void dnsAndKubernetesDiscoveryPassThroughAsPayaraDescribesThem() {
        assertEquals(List.of("--clustermode", "dns:cascade:6900"),
                ClusterSettings.from(Map.of("CASCADE_CLUSTER_MEMBERS", "dns:cascade:6900")).payaraOptions());
        assertEquals(List.of("--clustermode", "kubernetes:schools,cascade"),
                ClusterSettings.from(Map.of("CASCADE_CLUSTER_MEMBERS", "kubernetes:schools,cascade")).payaraOptions());
    }

    @Test
    void badSettingsAreRefusedNamingTheVariable() {
        assertEquals("CASCADE_CLUSTER_MEMBERS: '127.0.0.1' is not host:port (e.g. 127.0.0.1:5910)",
                assertThrows(IllegalArgumentException.class, () -> ClusterSettings.from(
                        Map.of("CASCADE_CLUSTER_MEMBERS", "127.0.0.1:5910,127.0.0.1"))).getMessage());
        assertEquals("CASCADE_CLUSTER_PORT: 'six' is not a port number (1-65535)",
                assertThrows(IllegalArgumentException.class, () -> ClusterSettings.from(Map.of(
                        "CASCADE_CLUSTER_MEMBERS", "127.0.0.1:5910", "CASCADE_CLUSTER_PORT", "six"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClusterSettings.from(
                Map.of("CASCADE_CLUSTER_PORT", "5910"))).getMessage().startsWith("CASCADE_CLUSTER_PORT, _INTERFACE"));
    }

    @Test
    void theReadinessWaitIsAWholeNumberOfSeconds() {
        assertEquals(java.time.Duration.ofSeconds(90), Readiness.patience(" 90 "));
        assertEquals("CASCADE_READY_TIMEOUT_SECONDS: 'soon' is not a number of seconds",
                assertThrows(IllegalArgumentException.class, () -> Readiness.patience("soon")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Readiness.patience("0"));
    }
}
