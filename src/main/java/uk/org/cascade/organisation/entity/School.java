package uk.org.cascade.organisation.entity;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A school, addressed by its DfE URN. Loaded from GIAS; closed schools are kept, never deleted. */
@Entity
@Table(name = "school")
public class School implements Serializable {

    /** Without a target of its own or its authority's, one trained member of staff covers a school. */
    public static final int DEFAULT_TARGET = 1;
    public static final int MAX_TARGET = 10;

    @Id
    private int urn;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "la_code")
    private LocalAuthority localAuthority;

    @Column(length = 60)
    private String phase;

    @Column(name = "establishment_type", length = 100)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SchoolStatus status;

    @Column(name = "close_date")
    private LocalDate closeDate;

    @Column(length = 10)
    private String postcode;

    @Column(name = "urban_rural", length = 100)
    private String urbanRural;

    private Integer easting;

    private Integer northing;

    @Column(name = "lsoa_code", length = 9)
    private String lsoaCode;

    @Column(name = "imd_decile")
    private Integer imdDecile;

    /** This school's own target of trained staff; null inherits its local authority's. */
    @Column(name = "coverage_target")
    private Integer coverageTarget;

    @Version
    private long version;

    protected School() {
    }

    public School(int urn, String name, LocalAuthority localAuthority, String phase, String type,
                  SchoolStatus status, String postcode, String urbanRural, Integer imdDecile) {
        if (urn <= 0 || name == null || name.isBlank() || localAuthority == null || status == null) {
            throw new IllegalArgumentException("A school needs a URN, a name, a local authority and a status");
        }
        if (imdDecile != null && (imdDecile < 1 || imdDecile > 10)) {
            throw new IllegalArgumentException("An IMD decile runs from 1 to 10");
        }
        this.urn = urn;
        this.name = name.strip();
        this.localAuthority = localAuthority;
        this.phase = phase;
        this.type = type;
        this.status = status;
        this.postcode = postcode;
        this.urbanRural = urbanRural;
        this.imdDecile = imdDecile;
    }

    public int getUrn() {
        return urn;
    }

    public String getName() {
        return name;
    }

    public LocalAuthority getLocalAuthority() {
        return localAuthority;
    }

    public String getPhase() {
        return phase;
    }

    public String getType() {
        return type;
    }

    public SchoolStatus getStatus() {
        return status;
    }

    public LocalDate getCloseDate() {
        return closeDate;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getUrbanRural() {
        return urbanRural;
    }

    public Integer getEasting() {
        return easting;
    }

    public Integer getNorthing() {
        return northing;
    }

    public String getLsoaCode() {
        return lsoaCode;
    }

    public Integer getImdDecile() {
        return imdDecile;
    }

    public Integer getCoverageTarget() {
        return coverageTarget;
    }

    /** The target in force: the school's own, else its local authority's, else one. */
    public int effectiveCoverageTarget() {
        return coverageTarget != null ? coverageTarget
                : localAuthority.getCoverageTarget() != null ? localAuthority.getCoverageTarget() : DEFAULT_TARGET;
    }

    /** Sets (or, with null, clears) this school's own target. */
    public void setCoverageTarget(Integer target) {
        this.coverageTarget = checkedTarget(target);
    }

    static Integer checkedTarget(Integer target) {
        if (target != null && (target < 1 || target > MAX_TARGET)) {
            throw new IllegalArgumentException("A coverage target runs from 1 to " + MAX_TARGET);
        }
        return target;
    }

    public long getVersion() {
        return version;
    }
}
