package uk.org.cascade.platform.launcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether this instance joins a Payara Micro data grid, and how, from {@code CASCADE_CLUSTER_*}; turned into
 * Payara Micro's own command-line options ({@code payara-micro.jar --help}).
 *
 * <p>With none of the variables set the instance runs alone and starts no data grid at all
 * ({@code --nohazelcast}): nothing listens beyond its HTTP port and nothing is multicast. With
 * {@code CASCADE_CLUSTER_MEMBERS} it joins the grid those members form, by TCP/IP, or by Payara's DNS or
 * Kubernetes discovery when the value is {@code dns:…} or {@code kubernetes:…}.
 */
record ClusterSettings(String members, Integer port, String bindInterface, String name) {

    private static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}");

    static ClusterSettings from(Map<String, String> env) {
        String members = blankToNull(env.get("CASCADE_CLUSTER_MEMBERS"));
        String port = blankToNull(env.get("CASCADE_CLUSTER_PORT"));
        String bindInterface = blankToNull(env.get("CASCADE_CLUSTER_INTERFACE"));
        String name = blankToNull(env.get("CASCADE_CLUSTER_NAME"));
        if (members == null && (port != null || bindInterface != null || name != null)) {
            throw new IllegalArgumentException("CASCADE_CLUSTER_PORT, _INTERFACE and _NAME need CASCADE_CLUSTER_MEMBERS:"
                    + " the data-grid members to join, e.g. 127.0.0.1:5910,127.0.0.1:5911");
        }
        if (members != null && !members.startsWith("dns:") && !members.startsWith("kubernetes:")) {
            for (String member : members.split(",")) {
                if (!MEMBER.matcher(member.trim()).matches()) {
                    throw new IllegalArgumentException("CASCADE_CLUSTER_MEMBERS: '" + member.trim()
                            + "' is not host:port (e.g. 127.0.0.1:5910)");
                }
            }
        }
        return new ClusterSettings(members, port == null ? null : port(port), bindInterface, name);
    }

    boolean clustered() {
        return members != null;
    }

    /** Payara Micro's options for this setting. */
    List<String> payaraOptions() {
        if (!clustered()) {
            return List.of("--nohazelcast");
        }
        List<String> options = new ArrayList<>();
        String mode = members.startsWith("dns:") || members.startsWith("kubernetes:") ? members
                : "tcpip:" + String.join(",", Arrays.stream(members.split(",")).map(String::trim).toList());
        options.addAll(List.of("--clustermode", mode));
        if (port != null) {
            options.addAll(List.of("--startport", port.toString()));
        }
        if (bindInterface != null) {
            options.addAll(List.of("--interfaces", bindInterface));
        }
        if (name != null) {
            options.addAll(List.of("--clustername", name));
        }
        return options;
    }

    /**
     * Payara's {@code --interfaces} chooses the address the data grid announces, but Hazelcast still listens on every
     * address unless told not to: with an interface set, it listens on that one only.
     */
    void bindOnlyTheInterface() {
        if (clustered() && bindInterface != null) {
            System.setProperty("hazelcast.socket.bind.any", "false");
        }
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // refused below, with the variable's name
        }
        throw new IllegalArgumentException("CASCADE_CLUSTER_PORT: '" + value + "' is not a port number (1-65535)");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
