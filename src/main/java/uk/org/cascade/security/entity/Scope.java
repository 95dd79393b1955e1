package uk.org.cascade.security.entity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.org.cascade.platform.England;
import uk.org.cascade.platform.Validation;

/**
 * A coordinator's reach: local authorities (DfE codes) and/or whole regions. A school is in scope when
 * its local authority is listed or lies in a listed region.
 */
public record Scope(Set<Integer> localAuthorities, Set<String> regions) {

    public static final Scope NONE = new Scope(Set.of(), Set.of());

    public Scope {
        localAuthorities = Set.copyOf(new TreeSet<>(localAuthorities == null ? Set.of() : localAuthorities));
        regions = Set.copyOf(new TreeSet<>(regions == null ? Set.of() : regions));
    }

    /** Checks codes and region names, naming each bad one. */
    public static Scope of(Collection<Integer> localAuthorities, Collection<String> regions) {
        Validation check = new Validation();
        Set<Integer> codes = new TreeSet<>();
        for (Integer code : localAuthorities == null ? List.<Integer>of() : localAuthorities) {
            boolean valid = code != null && England.isLocalAuthorityCode(code);
            check.require(valid, "scope.localAuthorities", "'" + code + "' is not a three-digit DfE local authority code");
            if (valid) {
                codes.add(code);
            }
        }
        Set<String> names = new TreeSet<>();
        for (String region : regions == null ? List.<String>of() : regions) {
            String name = region == null ? null : region.strip();
            boolean valid = name != null && England.isRegion(name);
            check.require(valid, "scope.regions",
                    "'" + region + "' is not a region of England (one of " + String.join(", ", England.REGIONS) + ")");
            if (valid) {
                names.add(name);
            }
        }
        check.orThrow();
        return new Scope(codes, names);
    }

    public boolean isEmpty() {
        return localAuthorities.isEmpty() && regions.isEmpty();
    }

    public boolean includes(int localAuthorityCode, String regionName) {
        return localAuthorities.contains(localAuthorityCode) || regions.contains(regionName);
    }

    public List<Integer> sortedLocalAuthorities() {
        return List.copyOf(new TreeSet<>(localAuthorities));
    }

    public List<String> sortedRegions() {
        return List.copyOf(new TreeSet<>(regions));
    }
}
