package uk.org.cascade.platform.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Ties the embedded MariaDB's life to this JVM's, however the JVM ends. Java has no "die with my
 * parent" ({@code prctl(PR_SET_PDEATHSIG)}), and shutdown hooks do not run after {@code kill -9}.
 * So a tiny {@code sh} child reads from a pipe whose only writer is this JVM: the kernel closes the
 * pipe when the JVM dies, for any reason, the read returns, and the watchdog stops the server
 * (SIGTERM, then SIGKILL after 30 s) — but only if that pid is still a server on this data folder.
 * An orderly stop ends the watchdog first (SIGTERM to the shell), so it never acts then.
 *
 * <p>What this does not cover: the watchdog itself killed with {@code kill -9} (or the whole process
 * group killed at once) before it acts. {@link LeftoverServer} stops such a server at the next start.
 */
final class Watchdog implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Watchdog.class.getName());

    /** $1: the server's pid, $2: its --datadir argument. Terminal signals are the launcher's to handle. */
    private static final String SCRIPT = String.join("\n",
            "trap '' INT HUP QUIT",
            "read -r _",
            "tr '\\000' '\\n' < /proc/$1/cmdline 2>/dev/null | grep -qxF -- \"$2\" || exit 0",
            "kill -TERM $1 2>/dev/null",
            "i=0",
            "while [ $i -lt 60 ] && kill -0 $1 2>/dev/null; do sleep 0.5; i=$((i+1)); done",
            "kill -KILL $1 2>/dev/null",
            "exit 0");

    // Held for the JVM's life: if this Process were collected, its pipe would close and the watchdog act.
    private final Process process;

    private Watchdog(Process process) {
        this.process = process;
    }

    /** Starts a watchdog for the server {@code pid} on {@code dataDir}, or none where there is no sh or /proc. */
    static Optional<Watchdog> guard(long pid, Path dataDir) {
        if (!Files.isExecutable(Path.of("/bin/sh")) || !Files.isDirectory(Path.of("/proc"))) {
            LOG.warning("No /bin/sh or /proc here: the embedded MariaDB may outlive a killed launcher "
                    + "(the next start stops it)");
            return Optional.empty();
        }
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", SCRIPT, "cascade-mariadb-watchdog",
                Long.toString(pid), "--datadir=" + dataDir.toAbsolutePath().normalize())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            return Optional.of(new Watchdog(builder.start()));
        } catch (IOException e) {
            LOG.warning(() -> "Could not start the database watchdog (" + e.getClass().getSimpleName()
                    + "): the embedded MariaDB may outlive a killed launcher (the next start stops it)");
            return Optional.empty();
        }
    }

    /** The orderly way: the watchdog ends without touching the server. */
    @Override
    public void close() {
        process.destroy();
    }
}
