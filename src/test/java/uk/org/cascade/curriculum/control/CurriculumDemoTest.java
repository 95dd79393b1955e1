package uk.org.cascade.curriculum.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.org.cascade.curriculum.control.CurriculumForms.CompetencyForm;
import uk.org.cascade.curriculum.control.CurriculumForms.ModuleForm;
import uk.org.cascade.curriculum.control.CurriculumForms.ProgrammeForm;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.Level;
import uk.org.cascade.curriculum.entity.Module.ModuleSpec;
import uk.org.cascade.curriculum.entity.Programme;

/** The demo curriculum is loaded only by the launcher, so its rules are checked here, where a broken file shows. */
class CurriculumDemoTest {

    @Test
    void theDemoCurriculum_passesEveryRule_andLinksTheTrainerAndRefresherCourses() throws Exception {
        JsonObject demo;
        try (InputStream in = getClass().getResourceAsStream("/demo/curriculum-demo.json")) {
            demo = Json.createReader(in).readObject();
        }
        Map<String, Programme> programmes = new HashMap<>();
        for (ProgrammeForm form : demo.getJsonArray("programmes").stream().map(JsonValue::asJsonObject)
                .map(CurriculumDemoTest::programme).toList()) {
            List<ModuleSpec> specs = form.modules().stream().map(ModuleForm::spec).toList();
            programmes.put(form.code(), new Programme(form.code(), form.title(), form.description(),
                    form.supervisionIntervalWeeks(), specs));
        }
        Map<String, Competency> competencies = new HashMap<>();
        for (CompetencyForm form : demo.getJsonArray("competencies").stream().map(JsonValue::asJsonObject)
                .map(CurriculumDemoTest::competency).toList()) {
            Set<Competency> prerequisites = form.prerequisites().stream().map(competencies::get).collect(Collectors.toSet());
            competencies.put(form.code(), new Competency(form.code(), Level.valueOf(form.level()),
                    programmes.get(form.programmeCode()), new Competency.Details(form.title(), form.description(),
                    form.validityMonths(), programmes.get(form.taughtByProgrammeCode()),
                    programmes.get(form.refresherProgrammeCode()), form.refresherWindowDays(), prerequisites)));
        }

        assertEquals(Set.of("PLCBT-STAFF", "PLCBT-TRAINER", "PLCBT-REFRESH"), programmes.keySet());
        assertEquals(programmes.get("PLCBT-STAFF"), competencies.get("PLCBT-PRAC").getTaughtBy());
        assertEquals(programmes.get("PLCBT-REFRESH"), competencies.get("PLCBT-PRAC").getRefresherProgramme());
        assertEquals(programmes.get("PLCBT-TRAINER"), competencies.get("PLCBT-TRAIN").getTaughtBy());
        assertEquals(Set.of(competencies.get("PLCBT-PRAC")), competencies.get("PLCBT-TRAIN").getPrerequisites());
        assertEquals(Set.of(competencies.get("PLCBT-PRAC")), competencies.get("PLCBT-SUPER").getPrerequisites());
    }

    // Yasson comes with Payara, not with the unit tests: read the file as the DemoCurriculum record's fields.
    private static ProgrammeForm programme(JsonObject p) {
        return new ProgrammeForm(p.getString("code"), p.getString("title"), p.getString("description", null),
                p.getInt("supervisionIntervalWeeks"), p.getJsonArray("modules").stream().map(JsonValue::asJsonObject)
                .map(m -> new ModuleForm(null, m.getString("title"), m.getString("outcomes", null), m.getInt("minutes"),
                        m.getString("mode"))).toList(), null);
    }

    private static CompetencyForm competency(JsonObject c) {
        return new CompetencyForm(c.getString("code"), c.getString("title"), c.getString("description", null),
                c.getString("level"), c.isNull("validityMonths") ? null : c.getInt("validityMonths"),
                c.getString("programmeCode"), c.getString("taughtByProgrammeCode", null),
                c.getString("refresherProgrammeCode", null), c.getInt("refresherWindowDays"),
                c.getJsonArray("prerequisites").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                c.getString("expiryBase", null), c.getString("fixedExpiryDay", null), null, null);
    }
}
