package uk.org.cascade.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.org.cascade.platform.Emails;

/**
 * Who holds a sign-in, as security sees them: a read-only view of the {@code person} row (id, name, email), so
 * that signing in, scope and the current user need nothing from the people context, which owns and changes
 * the person. Its columns are neither inserted nor updated; after a rename in the same transaction, refresh this view.
 */
@Entity
@Table(name = "person")
public class AccountHolder {

    // EclipseLink needs the key mapped writable; no constructor or setter here ever sets it on a stored row.
    @Id
    private Long id;

    @Column(insertable = false, updatable = false)
    private String name;

    @Column(insertable = false, updatable = false)
    private String email;

    protected AccountHolder() {
    }

    /** For unit tests of an account that never touches the database. */
    AccountHolder(long id, String name, String email) {
        this.id = id;
        this.name = name;
        this.email = Emails.normalise(email);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }
}
