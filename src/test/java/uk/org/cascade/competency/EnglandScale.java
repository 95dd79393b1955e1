package uk.org.cascade.competency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An England-sized data set written straight into the migrated schema with JDBC batches (the URL has
 * {@code rewriteBatchedStatements=true}, so each batch goes as multi-row INSERTs): 9 regions, 153 local
 * authorities of uneven size, 22,000 schools, 150,000 people with their employments (leavers, movers and a
 * few second jobs), a curriculum of four programmes with their refreshers, and exactly 1,000,000 sign-offs
 * from 2019 to {@link #LAST_DAY}: renewal chains, some NOT_YET_COMPETENT first attempts, about 1% revoked.
 * Ids are given explicitly above whatever the deployment already holds. Seeded with a fixed random seed,
 * so every run measures the same data.
 */
public final class EnglandScale {

    public static final int LOCAL_AUTHORITIES = 153;
    public static final int SCHOOLS = 22_000;
    public static final int PEOPLE = 150_000;
    public static final int SIGN_OFFS = 1_000_000;
    public static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    /** "Today" for the data set: fixed, so that runs on different days measure the same thing. */
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 25);

    public static final String[] REGIONS = {"North East", "North West", "Yorkshire and the Humber", "East Midlands",
            "West Midlands", "East of England", "London", "South East", "South West"};
    private static final int FIRST_LA_CODE = 801;
    private static final int FIRST_URN = 600_000;
    private static final int BATCH = 5_000;
    private static final String[] JOBS = {"Class teacher", "Teaching assistant", "SENCo", "Pastoral lead",
            "Designated safeguarding lead", "Learning mentor", "Headteacher", "Head of year"};
    private static final String[] FIRST_NAMES = {"Amira", "Ben", "Chloe", "Daniel", "Ella", "Farah", "George",
            "Hannah", "Isaac", "Jade", "Kwame", "Laura", "Mohammed", "Niamh", "Owen", "Priya", "Rhys", "Sophie"};
    private static final String[] SURNAMES = {"Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fletcher", "Green",
            "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Murphy", "Nowak", "Okafor", "Patel", "Smith", "Taylor"};

    private final Connection db;
    private final Random random = new Random(20_261_125);

    // What was seeded, for the benchmark's questions and the count checks.
    final Map<String, Long> millis = new java.util.LinkedHashMap<>();
    final int[] laCodes = new int[LOCAL_AUTHORITIES];
    long firstPersonId;
    public int employments;
    int programmes;
    int modules;
    int competencies;
    int signOffs;
    int competent;
    int revocations;
    /** How many sign-offs the generated histories held before they were cut to the million. */
    long naturalHistories;
    /** The flagship programme's practitioner and trainer competencies: the busiest in the data. */
    public long flagshipPractitioner;
    long flagshipTrainer;
    final List<Long> trainers = new ArrayList<>();

    private int[] schoolLa;
    private final List<Competency> practitioner = new ArrayList<>();
    private final List<Competency> trainerLevel = new ArrayList<>();
    private final List<Competency> supervisorLevel = new ArrayList<>();

    private record Competency(long id, Integer validityMonths) {
    }

    public EnglandScale(Connection db) {
        this.db = db;
    }

    public EnglandScale seed() throws SQLException {
        db.setAutoCommit(false);
        try {
            timed("organisation (regions, LAs, schools)", this::organisation);
            timed("curriculum (programmes, modules, competencies)", this::curriculum);
            timed("people and employments", this::people);
            timed("sign-offs and revocations", this::signOffs);
        } finally {
            db.setAutoCommit(true);
        }
        return this;
    }

    private interface Step {
        void run() throws SQLException;
    }

    private void timed(String what, Step step) throws SQLException {
        long start = System.nanoTime();
        step.run();
        db.commit();
        millis.put(what, (System.nanoTime() - start) / 1_000_000);
    }

    private void organisation() throws SQLException {
        Map<String, Long> regionIds = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name FROM region")) {
            while (rs.next()) {
                regionIds.put(rs.getString(2), rs.getLong(1));
            }
        }
        long nextRegion = next("region", "id");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO region (id, name) VALUES (?, ?)")) {
            for (String name : REGIONS) {
                if (!regionIds.containsKey(name)) {
                    regionIds.put(name, nextRegion);
                    insert.setLong(1, nextRegion++);
                    insert.setString(2, name);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        // Uneven local authorities, as in England (Rutland to Kent): weights from 1 to 10.
        double[] cumulative = new double[LOCAL_AUTHORITIES];
        double total = 0;
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO local_authority (code, name, region_id, version) VALUES (?, ?, ?, 0)")) {
            for (int i = 0; i < LOCAL_AUTHORITIES; i++) {
                laCodes[i] = FIRST_LA_CODE + i;
                insert.setInt(1, laCodes[i]);
                insert.setString(2, "Local authority " + laCodes[i]);
                insert.setLong(3, regionIds.get(REGIONS[i % REGIONS.length]));
                insert.addBatch();
                total += 1 + 9 * random.nextDouble() * random.nextDouble();
                cumulative[i] = total;
            }
            insert.executeBatch();
        }
        schoolLa = new int[SCHOOLS];
        String[] phases = {"Primary", "Primary", "Primary", "Secondary", "Nursery", "All-through", "Not applicable"};
        String[] urbanRural = {"(England/Wales) Urban city and town", "(England/Wales) Urban major conurbation",
                "(England/Wales) Rural village", "(England/Wales) Rural town and fringe"};
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO school (urn, name, la_code, phase, "
                + "establishment_type, status, close_date, postcode, urban_rural, imd_decile, easting, northing, "
                + "lsoa_code, version) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < SCHOOLS; i++) {
                double pick = random.nextDouble() * total;
                int la = Arrays.binarySearch(cumulative, pick);
                schoolLa[i] = la < 0 ? Math.min(-la - 1, LOCAL_AUTHORITIES - 1) : la;
                insert.setInt(1, FIRST_URN + i);
                insert.setString(2, "School " + (FIRST_URN + i));
                insert.setInt(3, laCodes[schoolLa[i]]);
                insert.setString(4, phases[random.nextInt(phases.length)]);
                insert.setString(5, random.nextInt(10) < 4 ? "Community school" : "Academy converter");
                insert.setString(6, "OPEN");
                insert.setString(7, "AB" + (1 + random.nextInt(99)) + " " + random.nextInt(10) + "XY");
                insert.setString(8, urbanRural[random.nextInt(urbanRural.length)]);
                insert.setInt(9, 1 + random.nextInt(10));
                insert.setInt(10, 300_000 + random.nextInt(300_000));
                insert.setInt(11, 100_000 + random.nextInt(500_000));
                insert.setString(12, String.format("E0100%04d", random.nextInt(10_000)));
                insert.addBatch();
                flushEvery(insert, i);
            }
            insert.executeBatch();
        }
    }

    private void curriculum() throws SQLException {
        String[][] flagships = {
                {"PLCBT", "Parent-led CBT for child anxiety — school staff", "24"},
                {"WSA", "Whole-school approach to emotional wellbeing", ""},
                {"SHR", "Responding to self-harm in school", "24"},
                {"TIP", "Trauma-informed practice", "36"}};
        long programmeId = next("programme", "id");
        long moduleId = next("programme_module", "id");
        long competencyId = next("competency", "id");
        try (PreparedStatement programme = db.prepareStatement("INSERT INTO programme (id, code, title, description, "
                + "supervision_interval_weeks, version) VALUES (?, ?, ?, ?, 6, 0)");
             PreparedStatement module = db.prepareStatement("INSERT INTO programme_module (id, programme_id, position, "
                     + "title, outcomes, minutes, mode, retired) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE)");
             PreparedStatement competency = db.prepareStatement("INSERT INTO competency (id, code, title, description, "
                     + "level, validity_months, programme_id, taught_by_id, refresher_programme_id, "
                     + "refresher_window_days, version) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, 90, 0)");
             PreparedStatement prerequisite = db.prepareStatement(
                     "INSERT INTO competency_prerequisite (competency_id, prerequisite_id) VALUES (?, ?)")) {
            // Programmes first: the competencies refer to them.
            long[] main = new long[flagships.length];
            long[] refresher = new long[flagships.length];
            long trainerCourse = 0;
            String[] modes = {"SELF_PACED", "LIVE_ONLINE", "IN_PERSON"};
            for (int p = 0; p < flagships.length; p++) {
                String code = flagships[p][0];
                String title = flagships[p][1];
                main[p] = programmeId++;
                addProgramme(programme, main[p], code, title);
                moduleId = addModules(module, moduleId, main[p], 5, modes);
                if (!flagships[p][2].isEmpty()) {
                    refresher[p] = programmeId++;
                    addProgramme(programme, refresher[p], code + "-REFRESHER", title + " — refresher");
                    moduleId = addModules(module, moduleId, refresher[p], 2, modes);
                }
                if (p == 0) {
                    trainerCourse = programmeId++;
                    addProgramme(programme, trainerCourse, code + "-TRAINER", title + " — trainer course");
                    moduleId = addModules(module, moduleId, trainerCourse, 3, modes);
                }
            }
            programme.executeBatch();
            module.executeBatch();
            for (int p = 0; p < flagships.length; p++) {
                Integer months = flagships[p][2].isEmpty() ? null : Integer.valueOf(flagships[p][2]);
                long practitionerId = competencyId++;
                addCompetency(competency, practitionerId, flagships[p][0] + "-PRAC", "PRACTITIONER", months, main[p],
                        main[p], refresher[p]);
                practitioner.add(new Competency(practitionerId, months));
                long trainerId = competencyId++;
                addCompetency(competency, trainerId, flagships[p][0] + "-TRAIN", "TRAINER", 36, main[p],
                        p == 0 ? trainerCourse : 0, 0);
                trainerLevel.add(new Competency(trainerId, 36));
                long supervisorId = competencyId++;
                Integer supervisorMonths = p == 3 ? null : Integer.valueOf(36);
                addCompetency(competency, supervisorId, flagships[p][0] + "-SUPER", "SUPERVISOR", supervisorMonths,
                        main[p], 0, 0);
                supervisorLevel.add(new Competency(supervisorId, supervisorMonths));
                for (long needs : new long[] {trainerId, supervisorId}) {
                    prerequisite.setLong(1, needs);
                    prerequisite.setLong(2, practitionerId);
                    prerequisite.addBatch();
                }
            }
            competency.executeBatch();
            prerequisite.executeBatch();
            flagshipPractitioner = practitioner.get(0).id();
            flagshipTrainer = trainerLevel.get(0).id();
        }
    }

    private void addProgramme(PreparedStatement insert, long id, String code, String title) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, code);
        insert.setString(3, title);
        insert.setString(4, "Benchmark curriculum: " + title);
        insert.addBatch();
        programmes++;
    }

    private long addModules(PreparedStatement insert, long nextId, long programmeId, int count, String[] modes)
            throws SQLException {
        for (int i = 1; i <= count; i++) {
            insert.setLong(1, nextId++);
            insert.setLong(2, programmeId);
            insert.setInt(3, i);
            insert.setString(4, "Module " + i);
            insert.setString(5, "What a learner can do after module " + i);
            insert.setInt(6, 30 + 15 * random.nextInt(8));
            insert.setString(7, modes[random.nextInt(modes.length)]);
            insert.addBatch();
            modules++;
        }
        return nextId;
    }

    private void addCompetency(PreparedStatement insert, long id, String code, String level, Integer months,
                               long programmeId, long taughtBy, long refresherId) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, code);
        insert.setString(3, code.replace('-', ' '));
        insert.setString(4, level);
        insert.setObject(5, months);
        insert.setLong(6, programmeId);
        insert.setObject(7, taughtBy == 0 ? null : taughtBy);
        insert.setObject(8, refresherId == 0 || months == null ? null : refresherId);
        insert.addBatch();
        competencies++;
    }

    private void people() throws SQLException {
        firstPersonId = next("person", "id");
        long employmentId = next("employment", "id");
        try (PreparedStatement person = db.prepareStatement(
                "INSERT INTO person (id, name, email, version) VALUES (?, ?, ?, 0)");
             PreparedStatement employment = db.prepareStatement("INSERT INTO employment (id, person_id, school_urn, "
                     + "job_title, start_date, end_date, end_reason, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < PEOPLE; i++) {
                long id = firstPersonId + i;
                person.setLong(1, id);
                person.setString(2, FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                        + SURNAMES[random.nextInt(SURNAMES.length)]);
                person.setString(3, "person" + i + "@bench.cascade.test");
                person.addBatch();
                if (i % 80 == 0) {
                    trainers.add(id);
                }
                int school = random.nextInt(SCHOOLS);
                LocalDate start = day(LocalDate.of(2005, 9, 1), LAST_DAY.minusDays(30));
                double kind = random.nextDouble();
                if (kind < 0.08) {
                    // A leaver.
                    LocalDate end = day(later(start, FIRST_DAY), LAST_DAY);
                    addEmployment(employment, employmentId++, id, school, start, end, "Left the school");
                } else if (kind < 0.12) {
                    // A mover, mostly within the same local authority; competencies count at the new school.
                    LocalDate end = day(later(start, FIRST_DAY), LAST_DAY.minusDays(60));
                    addEmployment(employment, employmentId++, id, school, start, end, "Moved school");
                    addEmployment(employment, employmentId++, id, otherSchool(school),
                            end.plusDays(1 + random.nextInt(60)), null, null);
                } else {
                    addEmployment(employment, employmentId++, id, school, start, null, null);
                    if (kind < 0.15) {
                        // A second, concurrent job (a peripatetic role).
                        addEmployment(employment, employmentId++, id, otherSchool(school),
                                day(start, LAST_DAY.minusDays(10)), null, null);
                    }
                }
                if (i % BATCH == BATCH - 1) {
                    person.executeBatch();
                    employment.executeBatch();
                    db.commit();
                }
            }
            person.executeBatch();
            employment.executeBatch();
        }
    }

    private int otherSchool(int school) {
        if (random.nextInt(10) < 7) {
            for (int tries = 0; tries < 50; tries++) {
                int candidate = random.nextInt(SCHOOLS);
                if (candidate != school && schoolLa[candidate] == schoolLa[school]) {
                    return candidate;
                }
            }
        }
        return (school + 1 + random.nextInt(SCHOOLS - 1)) % SCHOOLS;
    }

    private void addEmployment(PreparedStatement insert, long id, long personId, int school, LocalDate start,
                               LocalDate end, String reason) throws SQLException {
        insert.setLong(1, id);
        insert.setLong(2, personId);
        insert.setInt(3, FIRST_URN + school);
        insert.setString(4, JOBS[random.nextInt(JOBS.length)]);
        insert.setObject(5, start);
        insert.setObject(6, end);
        insert.setString(7, reason);
        insert.addBatch();
        employments++;
    }

    /**
     * Every person's natural history (renewal chains on the competencies they trained in; 10% of people none)
     * is generated first; then each is cut to the same fraction of its length, whole chains first, so that
     * the total is exactly {@link #SIGN_OFFS}.
     */
    private void signOffs() throws SQLException {
        List<List<Event>> histories = new ArrayList<>(PEOPLE);
        long natural = 0;
        for (int i = 0; i < PEOPLE; i++) {
            List<Event> history = random.nextInt(10) == 0 ? List.of() : history(i % 80 == 0);
            histories.add(history);
            natural += history.size();
        }
        if (natural < SIGN_OFFS) {
            throw new IllegalStateException("The generated histories hold only " + natural + " sign-offs");
        }
        naturalHistories = natural;
        int[] keep = new int[PEOPLE];
        long kept = 0;
        for (int i = 0; i < PEOPLE; i++) {
            keep[i] = (int) (histories.get(i).size() * (double) SIGN_OFFS / natural);
            kept += keep[i];
        }
        for (int i = 0; kept < SIGN_OFFS; i = (i + 1) % PEOPLE) {
            if (keep[i] < histories.get(i).size()) {
                keep[i]++;
                kept++;
            }
        }
        long signOffId = next("sign_off", "id");
        try (PreparedStatement signOff = db.prepareStatement("INSERT INTO sign_off (id, person_id, competency_id, "
                + "assessor_id, signed_on, outcome, evidence, cohort_id, valid_from, expires_on, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)");
             PreparedStatement revocation = db.prepareStatement("INSERT INTO sign_off_revocation (sign_off_id, reason, "
                     + "revoked_by, revoked_at) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < PEOPLE; i++) {
                long personId = firstPersonId + i;
                for (Event e : histories.get(i).subList(0, keep[i])) {
                    long assessor = assessorFor(personId);
                    LocalDateTime recorded = e.signedOn.plusDays(random.nextInt(3)).atTime(9 + random.nextInt(8),
                            random.nextInt(60));
                    signOff.setLong(1, signOffId);
                    signOff.setLong(2, personId);
                    signOff.setLong(3, e.competency.id());
                    signOff.setLong(4, assessor);
                    signOff.setObject(5, e.signedOn);
                    signOff.setString(6, e.competent ? "COMPETENT" : "NOT_YET_COMPETENT");
                    signOff.setString(7, e.competent ? "Observed practice; reflective log and case formulation reviewed"
                            : "Role-play incomplete: resubmit the case formulation");
                    signOff.setObject(8, e.validFrom);
                    signOff.setObject(9, e.expiresOn);
                    signOff.setObject(10, recorded);
                    signOff.addBatch();
                    signOffs++;
                    if (e.competent) {
                        competent++;
                    }
                    if (random.nextInt(100) == 0) {
                        revocation.setLong(1, signOffId);
                        revocation.setString(2, "Signed off against the wrong learner");
                        revocation.setLong(3, assessor);
                        revocation.setObject(4, recorded.plusDays(1 + random.nextInt(30)));
                        revocation.addBatch();
                        revocations++;
                    }
                    signOffId++;
                    if (signOffs % BATCH == 0) {
                        signOff.executeBatch();
                        revocation.executeBatch();
                        db.commit();
                    }
                }
            }
            signOff.executeBatch();
            revocation.executeBatch();
        }
    }

    private long assessorFor(long personId) {
        long assessor;
        do {
            assessor = trainers.get(random.nextInt(trainers.size()));
        } while (assessor == personId);
        return assessor;
    }

    private record Event(Competency competency, LocalDate signedOn, boolean competent, LocalDate validFrom,
                         LocalDate expiresOn) {
    }

    /** Renewal chains, competency by competency, in the order the person trained in them. */
    private List<Event> history(boolean trainer) {
        List<Competency> order = new ArrayList<>();
        double[] uptake = {0.8, 0.45, 0.3, 0.25};
        List<Competency> others = new ArrayList<>(practitioner.subList(1, practitioner.size()));
        Collections.shuffle(others, random);
        if (random.nextDouble() < uptake[0]) {
            order.add(practitioner.get(0));
        }
        for (Competency c : others) {
            if (random.nextDouble() < uptake[practitioner.indexOf(c)]) {
                order.add(c);
            }
        }
        if (trainer) {
            order.add(Math.min(1, order.size()), trainerLevel.get(random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0));
        }
        if (random.nextInt(200) == 0) {
            order.add(supervisorLevel.get(random.nextInt(supervisorLevel.size())));
        }
        // Someone who has done more training than their first choices took up the rest later.
        for (Competency c : practitioner) {
            if (!order.contains(c)) {
                order.add(c);
            }
        }
        List<Event> events = new ArrayList<>();
        // Most staff first trained in the roll-out's first years; later training spreads up to today.
        LocalDate first = day(FIRST_DAY, LocalDate.of(2024, 6, 30));
        for (Competency c : order) {
            // Further competencies follow within about three years of the first.
            LocalDate start = events.isEmpty() ? first : day(first, earlier(first.plusYears(3), LAST_DAY.minusDays(30)));
            chain(c, start, events);
        }
        return events;
    }

    private void chain(Competency c, LocalDate start, List<Event> events) {
        LocalDate signedOn = start;
        if (random.nextInt(100) < 12) {
            events.add(new Event(c, signedOn, false, signedOn, expiry(c, signedOn)));
            signedOn = signedOn.plusDays(14 + random.nextInt(107));
        }
        LocalDate validFrom = signedOn;
        while (!signedOn.isAfter(LAST_DAY)) {
            LocalDate expires = expiry(c, validFrom);
            events.add(new Event(c, signedOn, true, validFrom, expires));
            if (expires == null) {
                return;
            }
            int next = random.nextInt(100);
            if (next < 75) {
                // Renewed inside the refresher window: held on from the old expiry.
                signedOn = expires.minusDays(1 + random.nextInt(90));
                validFrom = expires;
            } else if (next < 92) {
                // Lapsed, then renewed: held from the new date.
                signedOn = expires.plusDays(10 + random.nextInt(390));
                validFrom = signedOn;
            } else {
                return;
            }
        }
    }

    private static LocalDate expiry(Competency c, LocalDate from) {
        return c.validityMonths() == null ? null : from.plusMonths(c.validityMonths());
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        long days = Math.max(0, ChronoUnit.DAYS.between(from, to));
        return from.plusDays(random.nextLong(days + 1));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private void flushEvery(PreparedStatement insert, int i) throws SQLException {
        if (i % BATCH == BATCH - 1) {
            insert.executeBatch();
            db.commit();
        }
    }

    private long next(String table, String column) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
