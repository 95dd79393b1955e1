package uk.org.cascade.platform.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A MariaDB server that an earlier launcher left running on this data folder (it was killed with
 * {@code kill -9}, or the machine's init killed only the JVM). Such a server holds InnoDB's lock on
 * the data, so a new one could not start. It is found through the pid file beside the data and, on
 * Linux, through {@code /proc}; a process is stopped only if its command line shows it is a MariaDB
 * server on exactly this data folder, so a server of another installation is never touched.
 */
final class LeftoverServer {

    private static final Logger LOG = Logger.getLogger(LeftoverServer.class.getName());
    private static final Duration CLEAN_SHUTDOWN = Duration.ofSeconds(30);
    private static final Duration FORCED_SHUTDOWN = Duration.ofSeconds(10);

    private LeftoverServer() {
    }

    /** Stops every MariaDB server running on {@code dataDir}; returns how many there were. */
    static int stopAll(Path dataDir, Path pidFile) {
        List<Long> servers = serversOn(dataDir, pidFile);
        servers.forEach(pid -> stop(pid, dataDir));
        return servers.size();
    }

    /** The pids of the MariaDB servers running on {@code dataDir}. */
    static List<Long> serversOn(Path dataDir, Path pidFile) {
        return candidates(pidFile).stream()
                .filter(pid -> pid != ProcessHandle.current().pid() && servesDataDir(pid, dataDir))
                .toList();
    }

    /** The pid in the pid file and, where /proc exists, every running process (checked one by one after). */
    private static Set<Long> candidates(Path pidFile) {
        Set<Long> pids = new TreeSet<>();
        pidIn(pidFile).ifPresent(pids::add);
        Path proc = Path.of("/proc");
        if (Files.isDirectory(proc)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(proc, "[0-9]*")) {
                for (Path entry : entries) {
                    pids.add(Long.parseLong(entry.getFileName().toString()));
                }
            } catch (IOException | NumberFormatException e) {
                // The pid file alone, then.
            }
        }
        return pids;
    }

    static Optional<Long> pidIn(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True if {@code pid} is a mariadbd (or mysqld) started with {@code --datadir} equal to {@code dataDir}. */
    static boolean servesDataDir(long pid, Path dataDir) {
        List<String> args = commandLine(pid);
        if (args.isEmpty()) {
            return false;
        }
        String program = Path.of(args.get(0)).getFileName().toString();
        if (!program.equals("mariadbd") && !program.equals("mysqld")) {
            return false;
        }
        Set<String> accepted = new TreeSet<>();
        accepted.add("--datadir=" + dataDir.toAbsolutePath().normalize());
        try {
            accepted.add("--datadir=" + dataDir.toRealPath());
        } catch (IOException e) {
            // A folder that does not exist has no server on it; the absolute form is enough.
        }
        return args.stream().anyMatch(accepted::contains);
    }

    private static List<String> commandLine(long pid) {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            String raw = Files.readString(cmdline, StandardCharsets.UTF_8);
            return raw.isEmpty() ? List.of() : List.of(raw.split("\0"));
        } catch (IOException | SecurityException e) {
            // Not Linux, or gone meanwhile: fall back to what the JDK can tell.
            return ProcessHandle.of(pid)
                    .flatMap(p -> p.info().command().map(command -> {
                        String[] rest = p.info().arguments().orElse(new String[0]);
                        String[] all = new String[rest.length + 1];
                        all[0] = command;
                        System.arraycopy(rest, 0, all, 1, rest.length);
                        return List.of(all);
                    }))
                    .orElse(List.of());
        }
    }

    private static void stop(long pid, Path dataDir) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return;
        }
        LOG.warning(() -> "A MariaDB server (pid " + pid + ") was left running on " + dataDir
                + " by an earlier Cascade that did not stop cleanly; stopping it before starting a new one");
        ProcessHandle server = process.get();
        // SIGTERM first: MariaDB then shuts InnoDB down cleanly.
        server.destroy();
        if (!awaitExit(server, CLEAN_SHUTDOWN)) {
            LOG.warning(() -> "MariaDB (pid " + pid + ") did not stop within " + CLEAN_SHUTDOWN.toSeconds()
                    + " s; killing it (InnoDB recovers its data at the next start)");
            server.destroyForcibly();
            if (!awaitExit(server, FORCED_SHUTDOWN)) {
                throw new IllegalStateException("Could not stop the MariaDB server (pid " + pid + ") left running on "
                        + dataDir + "; stop it by hand and start Cascade again");
            }
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
