package uk.org.cascade.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.cohort.CohortWorldAccess;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;

/** Self-paced module content through the API: authoring, attempts, progress, versions and scope. */
class ModulesIT extends DeployedCascade {

    /** Two questions: Q1 single answer (first right), Q2 two right answers (first and second). */
    static final String CHECK = "\"passMark\":100,\"questions\":["
            + "{\"text\":\"Is avoidance helpful?\",\"answers\":[{\"text\":\"No\",\"correct\":true,\"feedback\":\"It keeps fear going.\"},"
            + "{\"text\":\"Yes\",\"correct\":false,\"feedback\":\"It brings relief now but keeps the fear going.\"}]},"
            + "{\"text\":\"Which are signs?\",\"answers\":[{\"text\":\"Tummy aches\",\"correct\":true,\"feedback\":\"Right.\"},"
            + "{\"text\":\"Avoiding the hall\",\"correct\":true,\"feedback\":\"Right.\"},"
            + "{\"text\":\"Enjoying a club\",\"correct\":false,\"feedback\":\"That is confidence.\"}]}]";

    private CohortWorldAccess world;
    private Caller trainer;
    private long module;
    private long cohort;

    @BeforeEach
    void world() {
        world = new CohortWorldAccess(api);
        trainer = world.trainer(LocalDate.now().minusYears(1));
        cohort = world.cohort(trainer, world.personId(trainer));
        module = world.selfPacedModule();
    }

    private Caller enrolledLearner() {
        Caller learner = world.learnerLoginAtNorfolkSchool();
        Answer enrolled = world.enrol(cohort, world.personId(learner));
        assertEquals(201, enrolled.status(), enrolled.body());
        return learner;
    }

    private static String pages(String... titles) {
        List<String> pages = new ArrayList<>();
        for (String t : titles) {
            pages.add("{\"title\":\"" + t + "\",\"html\":\"<p>About " + t + "</p>\"}");
        }
        return "\"pages\":[" + String.join(",", pages) + "]";
    }

    /** The draft's pages and no knowledge check. */
    private static String noCheck(String... titles) {
        return pages(titles) + ",\"questions\":[]";
    }

    private void publish(String draft, boolean restart, Caller by) {
        Answer saved = api.put("/api/v1/modules/" + module + "/draft", "{" + draft + "}", by);
        assertEquals(200, saved.status(), saved.body());
        Answer published = api.post("/api/v1/modules/" + module + "/draft/publication", "{\"requiresRestart\":" + restart + "}", by);
        assertEquals(200, published.status(), published.body());
    }

    private Answer attempt(Caller learner, JsonObject pages, boolean allRight) {
        List<String> answers = new ArrayList<>();
        for (JsonObject q : pages.getJsonObject("check").getJsonArray("questions").getValuesAs(JsonObject.class)) {
            JsonArray options = q.getJsonArray("answers");
            String chosen;
            if (q.getString("text").startsWith("Is avoidance")) {
                chosen = String.valueOf(options.getJsonObject(allRight ? 0 : 1).getJsonNumber("id").longValue());
            } else {
                chosen = options.getJsonObject(0).getJsonNumber("id").longValue()
                        + (allRight ? "," + options.getJsonObject(1).getJsonNumber("id").longValue() : "");
            }
            answers.add("{\"questionId\":" + q.getJsonNumber("id").longValue() + ",\"answerIds\":[" + chosen + "]}");
        }
        return api.post("/api/v1/modules/" + module + "/attempts", "{\"answers\":[" + String.join(",", answers) + "]}", learner);
    }

    private JsonObject state(Caller caller, long personId) {
        Answer progress = api.get("/api/v1/people/" + personId + "/progress", caller);
        assertEquals(200, progress.status(), progress.body());
        JsonObject enrolment = progress.json().getJsonArray("enrolments").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("cohortId").longValue() == cohort).findFirst().orElseThrow();
        return enrolment.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("moduleId").longValue() == module).findFirst().orElseThrow();
    }

    @Test
    void draft_isSanitisedOnSave_videosAreAllowListed_andImagesNeedAltTextToPublish() {
        Answer evil = api.put("/api/v1/modules/" + module + "/draft", "{\"pages\":[{\"title\":\"One\",\"html\":"
                + "\"<p onclick=\\\"alert(1)\\\">Hi<script>alert(2)</script><a href=\\\"javascript:alert(3)\\\">x</a></p>\","
                + "\"videoUrl\":\"https://evil.example/video\"}],\"questions\":[]}", Caller.ADMIN);
        assertEquals(422, evil.status(), evil.body());
        assertTrue(evil.body().contains("pages[0].videoUrl"), evil.body());

        Answer saved = api.put("/api/v1/modules/" + module + "/draft", "{\"pages\":[{\"title\":\"One\",\"html\":"
                + "\"<p onclick=\\\"alert(1)\\\">Hi<script>alert(2)</script><a href=\\\"javascript:alert(3)\\\">x</a></p>\","
                + "\"videoUrl\":\"https://youtu.be/dQw4w9WgXcQ\"},{\"title\":\"Two\",\"html\":"
                + "\"<p>Look</p><img src=\\\"https://example.org/a.png\\\">\"}],\"questions\":[]}", Caller.ADMIN);
        assertEquals(200, saved.status(), saved.body());
        String html = saved.json().getJsonArray("pages").getJsonObject(0).getString("html");
        assertFalse(html.contains("script") || html.contains("onclick") || html.contains("javascript:"), html);
        assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", saved.json().getJsonArray("pages").getJsonObject(0)
                .getJsonObject("video").getString("embedUrl"));

        Answer refused = api.post("/api/v1/modules/" + module + "/draft/publication", "{}", Caller.ADMIN);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("pages[1].html") && refused.body().contains("alt text"), refused.body());

        Answer fixed = api.put("/api/v1/modules/" + module + "/draft", "{\"pages\":[{\"title\":\"One\",\"html\":\"<p>Hi</p>\"},"
                + "{\"title\":\"Two\",\"html\":\"<img src=\\\"https://example.org/a.png\\\" alt=\\\"A parent and child\\\">\"}],"
                + "\"questions\":[]}",
                Caller.ADMIN);
        assertEquals(200, fixed.status(), fixed.body());
        Answer published = api.post("/api/v1/modules/" + module + "/draft/publication", "{}", Caller.ADMIN);
        assertEquals(200, published.status(), published.body());
        assertEquals(1, published.json().getInt("version"));
    }

    @Test
    void aDraftWithoutItsPagesOrQuestions_is422_andTheDraftIsKept() {
        Answer saved = api.put("/api/v1/modules/" + module + "/draft", "{" + pages("One", "Two") + "," + CHECK + "}",
                Caller.ADMIN);
        assertEquals(200, saved.status(), saved.body());

        Answer noPages = api.put("/api/v1/modules/" + module + "/draft", "{" + CHECK + "}", Caller.ADMIN);
        assertEquals(422, noPages.status(), noPages.body());
        assertTrue(noPages.body().contains("\"field\":\"pages\""), noPages.body());
        Answer noQuestions = api.put("/api/v1/modules/" + module + "/draft", "{" + pages("Only") + "}", Caller.ADMIN);
        assertEquals(422, noQuestions.status(), noQuestions.body());
        assertTrue(noQuestions.body().contains("\"field\":\"questions\""), noQuestions.body());

        JsonObject draft = api.get("/api/v1/modules/" + module + "/pages?draft=true", Caller.ADMIN).json();
        assertEquals(List.of("One", "Two"), draft.getJsonArray("pages").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("title")).toList(), "the draft as it was: " + draft);
        assertEquals(2, draft.getJsonObject("check").getJsonArray("questions").size(), draft.toString());
    }

    @Test
    void anAttemptWithoutItsAnswers_is422_andNothingIsRecorded() {
        publish(pages("One") + "," + CHECK, false, Caller.ADMIN);
        Caller learner = enrolledLearner();
        JsonObject read = api.get("/api/v1/modules/" + module + "/pages", learner).json();
        long question = read.getJsonObject("check").getJsonArray("questions").getJsonObject(0).getJsonNumber("id")
                .longValue();

        Answer none = api.post("/api/v1/modules/" + module + "/attempts", "{}", learner);
        assertEquals(422, none.status(), none.body());
        assertTrue(none.body().contains("\"field\":\"answers\""), none.body());
        Answer noIds = api.post("/api/v1/modules/" + module + "/attempts", "{\"answers\":[{\"questionId\":" + question
                + "}]}", learner);
        assertEquals(422, noIds.status(), noIds.body());
        assertTrue(noIds.body().contains("answers[0].answerIds"), noIds.body());
        assertEquals(0, state(learner, world.personId(learner)).getInt("attempts"), "no attempt was recorded");
    }

    @Test
    void onlyAdministratorsAndTheProgrammesTrainers_author() {
        Caller learner = enrolledLearner();
        assertEquals(403, api.put("/api/v1/modules/" + module + "/draft", "{" + noCheck("A") + "}", learner).status());
        Caller otherTrainer = world.user("TRAINER");
        assertEquals(403, api.put("/api/v1/modules/" + module + "/draft", "{" + noCheck("A") + "}", otherTrainer).status());
        assertEquals(200, api.put("/api/v1/modules/" + module + "/draft", "{" + noCheck("A") + "}", trainer).status(),
                "the cohort's lead trainer authors the programme's modules");
        Answer bad = api.put("/api/v1/modules/" + module + "/draft", "{\"pages\":[{\"title\":\"\"}],\"passMark\":0,"
                + "\"questions\":[{\"text\":\"Q\",\"answers\":[{\"text\":\"only one\",\"correct\":false}]}]}", trainer);
        assertEquals(422, bad.status(), bad.body());
        assertTrue(bad.body().contains("pages[0].title") && bad.body().contains("questions[0].answers")
                && bad.body().contains("passMark"), bad.body());
    }

    @Test
    void attempts_areScoredWithFeedback_recorded_andPassingCompletesTheModule() throws Exception {
        publish(pages("One", "Two") + "," + CHECK, false, Caller.ADMIN);
        Caller learner = enrolledLearner();
        long me = world.personId(learner);

        Answer read = api.get("/api/v1/modules/" + module + "/pages", learner);
        assertEquals(200, read.status(), read.body());
        assertFalse(read.body().contains("\"correct\""), "the answer key never reaches the learner: " + read.body());
        assertFalse(read.body().contains("feedback"), read.body());
        assertEquals(2, read.json().getJsonObject("check").getJsonArray("questions").size());

        Answer manual = api.post("/api/v1/me/learning/" + enrolment(learner) + "/modules/" + module + "/completion", "", learner);
        assertEquals(422, manual.status(), "a module with pages is not ticked off by hand: " + manual.body());

        Answer wrong = attempt(learner, read.json(), false);
        assertEquals(201, wrong.status(), wrong.body());
        assertFalse(wrong.json().getBoolean("passed"));
        assertEquals(0, wrong.json().getInt("score"));
        assertFalse(wrong.json().getBoolean("moduleCompleted"));
        assertTrue(wrong.body().contains("It brings relief now but keeps the fear going."), "feedback on the wrong answer: "
                + wrong.body());
        assertEquals("IN_PROGRESS", state(learner, me).getString("state"));

        Answer right = attempt(learner, read.json(), true);
        assertEquals(201, right.status(), right.body());
        assertTrue(right.json().getBoolean("passed"));
        assertEquals(100, right.json().getInt("percent"));
        assertTrue(right.json().getBoolean("moduleCompleted"));

        JsonObject state = state(learner, me);
        assertEquals("PASSED", state.getString("state"));
        assertEquals(2, state.getInt("attempts"));
        assertEquals(100, state.getInt("bestPercent"));
        JsonObject learning = api.getArray("/api/v1/me/learning", learner).getJsonObject(0);
        assertEquals(1, learning.getInt("modulesDone"));

        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(
                "SELECT a.score, a.total, a.passed, (SELECT COUNT(*) FROM module_attempt_answer aa WHERE aa.attempt_id = a.id) "
                        + "FROM module_attempt a JOIN module_progress p ON p.id = a.progress_id JOIN enrolment e "
                        + "ON e.id = p.enrolment_id WHERE e.person_id = ? ORDER BY a.id")) {
            q.setLong(1, me);
            ResultSet rs = q.executeQuery();
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1));
            assertFalse(rs.getBoolean(3));
            assertEquals(2, rs.getInt(4), "every answer is recorded");
            assertTrue(rs.next());
            assertEquals(2, rs.getInt(1));
            assertTrue(rs.getBoolean(3));
            assertFalse(rs.next());
        }

        Answer stats = api.get("/api/v1/modules/" + module + "/question-stats?cohort=" + cohort, trainer);
        assertEquals(200, stats.status(), stats.body());
        assertEquals(2, stats.jsonArray().size());
        assertEquals(50, stats.jsonArray().getJsonObject(0).getInt("successPercent"));
        assertNotEquals(200, api.get("/api/v1/modules/" + module + "/question-stats?cohort=" + cohort, learner).status(),
                "learners do not see the cohort's answers");
    }

    @Test
    void attempts_withBadAnswers_get422NamingTheField() {
        publish(pages("One") + "," + CHECK, false, Caller.ADMIN);
        Caller learner = enrolledLearner();
        JsonObject read = api.get("/api/v1/modules/" + module + "/pages", learner).json();
        JsonObject single = read.getJsonObject("check").getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .filter(q -> !q.getBoolean("multiple")).findFirst().orElseThrow();
        String both = single.getJsonArray("answers").getJsonObject(0).getJsonNumber("id") + ","
                + single.getJsonArray("answers").getJsonObject(1).getJsonNumber("id");
        Answer two = api.post("/api/v1/modules/" + module + "/attempts", "{\"answers\":[{\"questionId\":"
                + single.getJsonNumber("id") + ",\"answerIds\":[" + both + "]}]}", learner);
        assertEquals(422, two.status(), two.body());
        assertTrue(two.body().contains("answers[0].answerIds"), two.body());
        Answer unknown = api.post("/api/v1/modules/" + module + "/attempts", "{\"answers\":[{\"questionId\":999999999,"
                + "\"answerIds\":[1]}]}", learner);
        assertEquals(422, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("answers[0].questionId"), unknown.body());
        Answer outsider = api.post("/api/v1/modules/" + module + "/attempts", "{\"answers\":[]}", world.user("LEARNER"));
        assertEquals(404, outsider.status(), "not enrolled: " + outsider.body());
    }

    @Test
    void moduleWithoutCheck_completesWhenEveryPageIsOpened_andTheLearnerResumesWhereTheyStopped() {
        publish(noCheck("One", "Two", "Three"), false, Caller.ADMIN);
        Caller learner = enrolledLearner();
        long me = world.personId(learner);
        assertEquals("NOT_STARTED", state(learner, me).getString("state"));

        assertEquals(200, api.post("/api/v1/modules/" + module + "/visits", "{\"page\":1}", learner).status());
        assertEquals(200, api.post("/api/v1/modules/" + module + "/visits", "{\"page\":2,\"scroll\":640}", learner).status());
        JsonObject state = state(learner, me);
        assertEquals("IN_PROGRESS", state.getString("state"));
        assertEquals("In progress (2 of 3 pages)", state.getString("label"));
        JsonObject place = api.get("/api/v1/modules/" + module + "/pages", learner).json().getJsonObject("progress");
        assertEquals(2, place.getInt("currentPage"));
        assertEquals(640, place.getInt("scrollPosition"));

        Answer beyond = api.post("/api/v1/modules/" + module + "/visits", "{\"page\":4}", learner);
        assertEquals(422, beyond.status(), beyond.body());
        assertTrue(beyond.body().contains("\"page\""), beyond.body());

        assertEquals(200, api.post("/api/v1/modules/" + module + "/visits", "{\"page\":3}", learner).status());
        assertEquals("COMPLETED", state(learner, me).getString("state"));
        assertEquals(1, api.getArray("/api/v1/me/learning", learner).getJsonObject(0).getInt("modulesDone"));
    }

    @Test
    void versions_inProgressLearnersStayOnTheirs_newLearnersGetTheLatest_andARestartMovesThemOn() {
        publish(noCheck("One", "Two"), false, Caller.ADMIN);
        Caller early = enrolledLearner();
        Caller finished = enrolledLearner();
        assertEquals(200, api.post("/api/v1/modules/" + module + "/visits", "{\"page\":1}", early).status());
        api.post("/api/v1/modules/" + module + "/visits", "{\"page\":1}", finished);
        api.post("/api/v1/modules/" + module + "/visits", "{\"page\":2}", finished);
        assertEquals("COMPLETED", state(finished, world.personId(finished)).getString("state"));

        publish(noCheck("One", "Two", "Three"), false, Caller.ADMIN);
        assertEquals(1, api.get("/api/v1/modules/" + module + "/pages", early).json().getInt("version"),
                "in progress: stays on the version they started");
        Caller late = enrolledLearner();
        assertEquals(2, api.get("/api/v1/modules/" + module + "/pages", late).json().getInt("version"));
        assertEquals(200, api.post("/api/v1/modules/" + module + "/visits", "{\"page\":1}", late).status());

        publish(noCheck("Uno", "Dos"), true, Caller.ADMIN);
        assertEquals(3, api.get("/api/v1/modules/" + module + "/pages", early).json().getInt("version"),
                "a change requiring a restart moves them on");
        assertEquals(200, api.post("/api/v1/modules/" + module + "/visits", "{\"page\":1}", early).status());
        JsonObject moved = state(early, world.personId(early));
        assertEquals(3, moved.getInt("version"));
        assertEquals("In progress (1 of 2 pages)", moved.getString("label"), "they start again from page one");

        JsonObject kept = state(finished, world.personId(finished));
        assertEquals("COMPLETED", kept.getString("state"));
        assertEquals(1, kept.getInt("version"), "completed learners keep the version they did");
    }

    @Test
    void progress_isVisibleToTheLearnerAndTheirTrainerOnly() {
        publish(noCheck("One"), false, Caller.ADMIN);
        Caller learner = enrolledLearner();
        Caller other = enrolledLearner();
        long me = world.personId(learner);
        assertEquals(200, api.get("/api/v1/people/" + me + "/progress", learner).status());
        assertEquals(404, api.get("/api/v1/people/" + me + "/progress", other).status(), "another learner");
        assertEquals(200, api.get("/api/v1/people/" + me + "/progress", trainer).status(), "their cohort's trainer");
        assertEquals(404, api.get("/api/v1/people/" + me + "/progress", world.user("TRAINER")).status(), "another trainer");
        assertEquals(200, api.get("/api/v1/people/" + me + "/progress", Caller.ADMIN).status());
        assertEquals(404, api.get("/api/v1/people/999999999/progress", Caller.ADMIN).status());
        assertEquals(401, api.get("/api/v1/people/" + me + "/progress", Caller.NOBODY).status());
    }

    @Test
    void theModuleEndpoints_areDocumentedInOpenApi() {
        Answer openapi = api.get("/openapi", Caller.NOBODY);
        assertEquals(200, openapi.status());
        for (String path : List.of("/modules/{id}/pages", "/modules/{id}/attempts", "/people/{id}/progress",
                "/modules/{id}/draft", "/modules/{id}/visits", "/modules/{id}/question-stats")) {
            assertTrue(openapi.body().contains(path), path + " in " + openapi.body().length() + " characters of OpenAPI");
        }
    }

    @Test
    void resources_areTypeCheckedOnUpload_andDownloadedAsAttachments() throws Exception {
        api.put("/api/v1/modules/" + module + "/draft", "{" + noCheck("One") + "}", Caller.ADMIN);
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        HttpResponse<String> fake = upload("notes.pdf", "application/pdf", "not a pdf at all".getBytes());
        assertEquals(422, fake.statusCode(), fake.body());
        HttpResponse<String> typeless = upload("notes.exe", "application/x-msdownload", png.toByteArray());
        assertEquals(422, typeless.statusCode(), typeless.body());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(pdf);
        }
        HttpResponse<String> altOnPdf = upload("notes.pdf&alt=Notes", "application/pdf", pdf.toByteArray());
        assertEquals(422, altOnPdf.statusCode(), altOnPdf.body());
        assertTrue(altOnPdf.body().contains("only pictures have alt text"), altOnPdf.body());
        HttpResponse<String> plainPdf = upload("notes.pdf", "application/pdf", pdf.toByteArray());
        assertEquals(201, plainPdf.statusCode(), plainPdf.body());
        HttpResponse<String> ok = upload("diagram.png&alt=A%20fear%20ladder", "image/png", png.toByteArray());
        assertEquals(201, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"altText\":\"A fear ladder\""), ok.body());
        api.post("/api/v1/modules/" + module + "/draft/publication", "{}", Caller.ADMIN);

        Caller learner = enrolledLearner();
        JsonObject page = api.get("/api/v1/modules/" + module + "/pages", learner).json().getJsonArray("pages").getJsonObject(0);
        assertEquals(2, page.getJsonArray("resources").size());
        String url = page.getJsonArray("resources").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("contentType").equals("image/png")).findFirst().orElseThrow().getString("url");
        Answer download = api.get(url, learner);
        assertEquals(200, download.status());
        assertEquals("image/png", download.contentType());
        assertTrue(download.header("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", download.header("X-Content-Type-Options").orElse(""));
        assertEquals(404, api.get(url, world.user("LEARNER")).status(), "not a learner of the programme");
    }

    @Test
    void anAuthorRemovesAResourceFromTheDraft_andItIsGone() throws Exception {
        api.put("/api/v1/modules/" + module + "/draft", "{" + noCheck("One") + "}", Caller.ADMIN);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(pdf);
        }
        HttpResponse<String> uploaded = upload("handout.pdf", "application/pdf", pdf.toByteArray());
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long id = Json.createReader(new java.io.StringReader(uploaded.body())).readObject().getJsonNumber("id").longValue();
        String path = "/api/v1/modules/" + module + "/resources/" + id;
        assertEquals(200, api.get(path, Caller.ADMIN).status(), "there to download");

        assertEquals(403, api.delete(path, enrolledLearner()).status(), "learners do not edit the draft");
        Answer removed = api.delete(path, Caller.ADMIN);

        assertEquals(204, removed.status(), removed.body());
        assertEquals(404, api.get(path, Caller.ADMIN).status());
        JsonObject draft = api.get("/api/v1/modules/" + module + "/pages?draft=true", Caller.ADMIN).json();
        assertEquals(0, draft.getJsonArray("pages").getJsonObject(0).getJsonArray("resources").size(), draft.toString());
    }

    private HttpResponse<String> upload(String name, String type, byte[] bytes) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("/api/v1/modules/" + module + "/resources?page=1&filename=" + name))
                .header("Content-Type", type).header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        return api.exchange(request, Caller.ADMIN, HttpResponse.BodyHandlers.ofString());
    }

    private long enrolment(Caller learner) {
        Map<Long, Long> byCohort = new HashMap<>();
        for (JsonObject p : api.getArray("/api/v1/me/learning", learner).getValuesAs(JsonObject.class)) {
            byCohort.put(p.getJsonObject("enrolment").getJsonNumber("cohortId").longValue(),
                    p.getJsonObject("enrolment").getJsonNumber("id").longValue());
        }
        return byCohort.get(cohort);
    }
}
