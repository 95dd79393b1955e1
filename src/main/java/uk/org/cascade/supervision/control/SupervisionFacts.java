package uk.org.cascade.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.org.cascade.competency.control.Holdings;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.Level;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.people.control.Employments;
import uk.org.cascade.people.entity.Person;

/** What {@link SupervisionPolicy} needs to know, answered by the contexts that own it: holdings, curriculum, employments. */
@ApplicationScoped
public class SupervisionFacts implements SupervisionPolicy.Facts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Holdings holdings;

    @Inject
    Curriculum curriculum;

    @Inject
    Employments employments;

    @Override
    public boolean holds(long personId, Competency competency, LocalDate day) {
        return holdings.holds(personId, competency, day);
    }

    /**
     * The programme's own competency at {@code level}: a refresher programme, which renews another's, has none, so
     * supervision is logged under the programme practised, never under its refresher.
     */
    @Override
    public Optional<Competency> competency(Programme programme, Level level) {
        return curriculum.ownCompetency(programme, level);
    }

    @Override
    public List<Integer> schoolsOn(long personId, LocalDate day) {
        return employments.schoolsOn(personId, day);
    }

    @Override
    public String nameOf(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId)).map(Person::getName).orElse("person " + personId);
    }

    /** Those of {@code personIds} who hold {@code competency} on {@code day}, in one query. */
    public Set<Long> holders(List<Long> personIds, Competency competency, LocalDate day) {
        return holdings.holders(personIds, competency, day);
    }

    List<Programme> programmes() {
        return curriculum.allProgrammes();
    }

    Optional<Programme> programme(String code) {
        return curriculum.findProgramme(code);
    }
}
