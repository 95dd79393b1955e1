package uk.org.cascade.platform;

/** Optimistic locking at the boundary: a change carries the version it was based on, and a stale one is refused. */
public final class Versions {

    private Versions() {
    }

    /** 422 without a version, 409 when {@code what} has changed since the caller read it. */
    public static void require(Long sent, long current, String what) {
        if (sent == null) {
            throw ValidationFailure.of("version", "version is required: send the version you read");
        }
        if (sent != current) {
            throw new Conflict("Someone else changed this " + what + " since you read it (version " + current
                    + ", you sent " + sent + "): reload it and apply your change again");
        }
    }
}
