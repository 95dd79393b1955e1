package uk.org.cascade.platform.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How Payara Micro's HTTP listener is set up before it boots, for the launcher and the integration tests alike:
 * no {@code Server} or {@code X-Powered-By} header naming the server and its version (a filter cannot remove
 * them: the connector adds them after the application has answered), and the scheme a reverse proxy reports in
 * {@code X-Forwarded-Proto} taken as the request's own, so redirects behind a TLS proxy stay on https.
 */
public final class ConnectorSettings {

    private static final String HTTP = "configs.config.server-config.network-config.protocols.protocol.http-listener.http.";
    private static final String LISTENER =
            "configs.config.server-config.network-config.network-listeners.network-listener.http-listener.";

    /** Each an asadmin {@code set} operand. */
    static final List<String> SETTINGS = List.of(
            HTTP + "server-header=false",
            HTTP + "xpowered-by=false",
            HTTP + "scheme-mapping=X-Forwarded-Proto");

    private ConnectorSettings() {
    }

    /** The settings as a file for Payara Micro's {@code --prebootcommandfile} (the launcher's and the tests'). */
    public static Path writeCommandFile(Path file) throws IOException {
        return writeCommandFile(file, null);
    }

    /**
     * The settings, and with {@code address} the one address the HTTP listener binds (all of them otherwise):
     * {@code CASCADE_HTTP_ADDRESS=127.0.0.1} keeps an instance behind a proxy on the same machine off the network.
     */
    static Path writeCommandFile(Path file, String address) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<String> commands = new ArrayList<>(SETTINGS.stream().map(s -> "set " + s).toList());
        if (address != null) {
            commands.add("set " + LISTENER + "address=" + address);
        }
        return Files.write(file, commands);
    }
}
