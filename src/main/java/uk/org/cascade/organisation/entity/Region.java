package uk.org.cascade.organisation.entity;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import uk.org.cascade.platform.England;

/** One of England's nine regions, as GIAS names them in {@code GOR (name)}. */
@Entity
@Table(name = "region")
public class Region implements Serializable {

    public static final List<String> ENGLAND = England.REGIONS;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    protected Region() {
    }

    public Region(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A region needs a name");
        }
        this.name = name.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
