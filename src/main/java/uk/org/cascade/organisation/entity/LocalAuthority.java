package uk.org.cascade.organisation.entity;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.org.cascade.platform.England;

/** A local authority, addressed by its DfE code (e.g. 926 Norfolk). */
@Entity
@Table(name = "local_authority")
public class LocalAuthority implements Serializable {

    public static final int MIN_CODE = England.MIN_LA_CODE;
    public static final int MAX_CODE = England.MAX_LA_CODE;

    @Id
    private int code;

    @Column(nullable = false, length = 100)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    /** Trained staff a school needs to be covered, unless the school sets its own; null: the default, 1. */
    @Column(name = "coverage_target")
    private Integer coverageTarget;

    @Version
    private long version;

    protected LocalAuthority() {
    }

    public LocalAuthority(int code, String name, Region region) {
        if (!isValidCode(code) || name == null || name.isBlank() || region == null) {
            throw new IllegalArgumentException("A local authority needs a three-digit DfE code, a name and a region");
        }
        this.code = code;
        this.name = name.strip();
        this.region = region;
    }

    public static boolean isValidCode(int code) {
        return England.isLocalAuthorityCode(code);
    }

    public int getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }

    public Integer getCoverageTarget() {
        return coverageTarget;
    }

    /** Sets (or, with null, clears) the target its schools inherit. */
    public void setCoverageTarget(Integer target) {
        this.coverageTarget = School.checkedTarget(target);
    }

    public long getVersion() {
        return version;
    }
}
