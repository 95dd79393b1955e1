package uk.org.cascade.cohort.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.org.cascade.platform.Secrets;

/**
 * A person's private calendar address: whoever has the token can read their session times, so it is long,
 * random, and replaced on request.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false, unique = true, length = 64)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(long personId, Instant now) {
        this.personId = personId;
        renew(now);
    }

    /** A new address; the old one stops working. */
    public void renew(Instant now) {
        this.token = Secrets.random256();
        this.createdAt = now;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getToken() {
        return token;
    }
}
