package uk.org.cascade.refresher.control;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.refresher.entity.LadderStep;

/**
 * A competency's reminder ladder, earliest step first, and the rule for which steps are due on a day.
 *
 * <p>The ladder replaces the three fixed reminders (window open, 30 days, lapse). The refresher window still decides
 * when a place is sought; the 90-day step of the default ladder is the "window is open" reminder for the default
 * 90-day window, and every before-expiry letter says whether the window is open yet (see {@link RefresherLetters}).
 */
public record Ladder(List<LadderStep> steps) {

    /**
     * 90, 60, 30 and 7 days before expiry, at lapse and 14 days after, escalating: the holder alone at 90 and 60
     * days; their coordinators too from 30 days (as the coordinators' digest told them before the ladder); their
     * supervisor too at 7 days and at lapse, when practice is about to stop or has.
     */
    public static final Ladder DEFAULT = new Ladder(List.of(new LadderStep(90, false, false),
            new LadderStep(60, false, false), new LadderStep(30, true, false), new LadderStep(7, true, true),
            new LadderStep(0, true, true), new LadderStep(-14, true, false)));

    public static final int MAX_STEPS = 10;

    /**
     * A step whose day was missed (the server was down, the job failed) is still sent for this many days, then
     * dropped: a reminder weeks late would mislead.
     */
    public static final int CATCH_UP_DAYS = 7;

    public Ladder {
        steps = steps.stream().sorted(Comparator.comparingInt(LadderStep::daysBeforeExpiry).reversed()).toList();
    }

    /** A step as a client sent it: any part may be missing. */
    public record StepForm(Integer daysBeforeExpiry, Boolean coordinators, Boolean supervisor) {

        @JsonbCreator
        public StepForm {
        }
    }

    /** The ladder {@code form} describes, or every problem with it, each naming its step ("steps[2].daysBeforeExpiry"). */
    public static Ladder of(List<StepForm> form) {
        Validation check = new Validation();
        check.present(form, "steps");
        if (form != null) {
            check.require(!form.isEmpty(), "steps", "steps must have at least one step (the holder always hears)")
                    .require(form.size() <= MAX_STEPS, "steps", "steps may have at most " + MAX_STEPS + " steps");
        }
        check.orThrow();
        Set<Integer> days = new HashSet<>();
        List<LadderStep> steps = new ArrayList<>();
        for (int i = 0; i < form.size(); i++) {
            StepForm s = form.get(i);
            String field = "steps[" + i + "].daysBeforeExpiry";
            Integer d = s == null ? null : s.daysBeforeExpiry();
            if (d == null) {
                check.require(false, field, "step " + (i + 1) + ": daysBeforeExpiry is required");
            } else if (d > LadderStep.EARLIEST || d < LadderStep.LATEST) {
                check.require(false, field, "step " + (i + 1) + ": daysBeforeExpiry must be from " + LadderStep.LATEST
                        + " (60 days after lapse) to " + LadderStep.EARLIEST + " (a year before expiry), not " + d);
            } else if (!days.add(d)) {
                check.require(false, field, "step " + (i + 1) + ": another step is " + d + " days before expiry already");
            } else {
                steps.add(new LadderStep(d, Boolean.TRUE.equals(s.coordinators()), Boolean.TRUE.equals(s.supervisor())));
            }
        }
        check.orThrow();
        return new Ladder(steps);
    }

    /**
     * The steps due on {@code day} for a holding expiring (exclusive) on {@code expiry}: each from its own day for
     * {@link #CATCH_UP_DAYS} days; a before-expiry step only while {@code held} and before expiry, a lapse step only
     * once it has lapsed and nothing holds the competency that day (no later re-certification). Latest step last.
     * Sending each once is the caller's job (they are claimed).
     */
    public List<LadderStep> dueOn(LocalDate expiry, LocalDate day, boolean held) {
        List<LadderStep> due = new ArrayList<>();
        for (LadderStep step : steps) {
            LocalDate from = step.dueOn(expiry);
            boolean inTime = !day.isBefore(from) && day.isBefore(from.plusDays(CATCH_UP_DAYS));
            boolean stillMeaningful = step.isBeforeExpiry() ? held && day.isBefore(expiry) : !held && !day.isBefore(expiry);
            if (inTime && stillMeaningful) {
                due.add(step);
            }
        }
        return due;
    }

    /** The steps still to come from {@code today} on (today's included) for a holding that expires on {@code expiry}. */
    public List<LadderStep> upcoming(LocalDate expiry, LocalDate today) {
        return steps.stream().filter(s -> !s.dueOn(expiry).isBefore(today)).toList();
    }

    /** The earliest step, in days before expiry (how far ahead the run must look). */
    public int earliest() {
        return steps.isEmpty() ? 0 : steps.get(0).daysBeforeExpiry();
    }

    /** The latest step, in days before expiry (negative after lapse: how far back the run must look). */
    public int latest() {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).daysBeforeExpiry();
    }
}
