package uk.org.cascade.cohort.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.cascade.cohort.entity.AttendanceStatus;
import uk.org.cascade.cohort.entity.Session;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.platform.control.Today;

/**
 * When a module, and an enrolment, is complete: a self-paced module when the learner marked it done; a live
 * module when they were PRESENT at a session covering it (the latest mark counts). An enrolment is complete
 * when every current module of the programme is.
 */
public final class Progress {

    /** One module's state for one learner; {@code session} is the attended session of a live module. */
    public record ModuleProgress(Module module, boolean done, LocalDate on, Session session) {
    }

    private Progress() {
    }

    /**
     * @param selfPacedDone the day each self-paced module (by id) was marked done
     * @param marks the learner's latest attendance mark per session id
     */
    public static List<ModuleProgress> of(List<Module> modules, List<Session> sessions,
                                          Map<Long, LocalDate> selfPacedDone, Map<Long, AttendanceStatus> marks) {
        return modules.stream().map(module -> {
            if (!module.getMode().isLive()) {
                LocalDate on = selfPacedDone.get(module.getId());
                return new ModuleProgress(module, on != null, on, null);
            }
            Optional<Session> attended = sessions.stream()
                    .filter(s -> s.covers(module) && marks.get(s.getId()) == AttendanceStatus.PRESENT)
                    .min(Comparator.comparing(Session::getStartsAt));
            return attended.map(s -> new ModuleProgress(module, true, s.getStartsAt().atZone(Today.ENGLAND).toLocalDate(), s))
                    .orElseGet(() -> new ModuleProgress(module, false, null, null));
        }).toList();
    }

    public static boolean complete(List<ModuleProgress> progress) {
        return !progress.isEmpty() && progress.stream().allMatch(ModuleProgress::done);
    }

    /** The day the last module was done: the enrolment's completion date. */
    public static LocalDate completedOn(List<ModuleProgress> progress) {
        return progress.stream().map(ModuleProgress::on).max(Comparator.naturalOrder()).orElseThrow();
    }
}
