package uk.org.cascade.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestMail;
import uk.org.cascade.platform.Dates;

/** Turnover alerts when a leaver takes a school below its target, and the monthly snapshots behind the trend. */
class CoverageAlertsIT extends DeployedCascade {

    private static final LocalDate TODAY = LocalDate.now();

    private CoverageWorld world;

    @BeforeEach
    void world() {
        world = new CoverageWorld(api);
    }

    private List<JsonObject> openAlerts(Caller caller) {
        Answer alerts = api.get("/api/v1/coverage/alerts?size=500", caller);
        assertEquals(200, alerts.status(), alerts.body());
        return alerts.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void theOnlyTrainedLeaver_raisesAnAlert_writesToTheCoordinator_andIsAcknowledgedOnce() throws Exception {
        Caller coordinator = world.coordinatorOf(CoverageWorld.LA);
        Caller norfolk = world.coordinatorOf(926);
        int school = world.school("Turnover Primary");
        long jo = world.person("Jo Leaving");
        long job = world.employ(jo, school, TODAY.minusYears(2), null);
        world.award(jo, TODAY.minusMonths(6), TODAY.plusMonths(18));
        LocalDate lastDay = TODAY.plusDays(20);

        Answer ended = api.post("/api/v1/people/" + jo + "/employments/" + job + "/end",
                "{\"endDate\":\"" + lastDay + "\",\"reason\":\"moving away\"}", Caller.ADMIN);
        assertEquals(200, ended.status(), ended.body());

        MimeMessage letter = TestMail.await(coordinator.email(), "Turnover Primary falls below its target");
        String text = TestMail.text(letter);
        assertTrue(text.contains("Jo Leaving's last day at Turnover Primary is " + Dates.day(lastDay)), text);
        assertTrue(text.contains("From " + Dates.day(lastDay.plusDays(1)) + " the school has 0 trained members"), text);
        JsonObject alert = openAlerts(coordinator).stream().filter(a -> a.getInt("urn") == school).findFirst()
                .orElseThrow();
        assertEquals(world.programme, alert.getString("programme"));
        assertEquals(lastDay.plusDays(1).toString(), alert.getString("effectiveOn"));
        assertEquals(0, alert.getInt("trainedStaff"));
        assertEquals(1, alert.getInt("target"));
        assertTrue(openAlerts(norfolk).stream().noneMatch(a -> a.getInt("urn") == school), "outside Norfolk's area");
        assertEquals(404, api.post("/api/v1/coverage/alerts/" + alert.getJsonNumber("id") + "/acknowledgement",
                "{\"version\":0}", norfolk).status());

        String ack = "/api/v1/coverage/alerts/" + alert.getJsonNumber("id") + "/acknowledgement";
        Answer noVersion = api.post(ack, "{}", coordinator);
        assertEquals(422, noVersion.status(), noVersion.body());
        assertTrue(noVersion.body().contains("\"field\":\"version\""), noVersion.body());
        Answer stale = api.post(ack, "{\"version\":" + (alert.getJsonNumber("version").longValue() + 1) + "}", coordinator);
        assertEquals(409, stale.status(), stale.body());
        Answer done = api.post(ack, "{\"version\":" + alert.getJsonNumber("version") + "}", coordinator);
        assertEquals(200, done.status(), done.body());
        assertTrue(openAlerts(coordinator).stream().noneMatch(a -> a.getInt("urn") == school));
        assertEquals(409, api.post(ack, "{\"version\":" + done.json().getJsonNumber("version") + "}", coordinator)
                .status());
    }

    @Test
    void aLeaverInARosterImport_raisesTheAlert_butADryRunRaisesNothing() {
        Caller coordinator = world.coordinatorOf(CoverageWorld.LA);
        int school = world.school("Roster Leaver Primary");
        String email = "roster." + java.util.UUID.randomUUID() + "@school.test";
        long kim = world.person("Kim Roster", email);
        LocalDate start = TODAY.minusYears(1);
        world.employ(kim, school, start, null);
        world.award(kim, TODAY.minusMonths(3), TODAY.plusMonths(21));
        byte[] roster = ("email,name,school_urn,job_title,start_date,end_date\n" + email + ",Kim Roster," + school
                + ",Teaching assistant," + start + "," + TODAY.plusDays(5) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Answer dry = api.postCsv("/api/v1/imports/roster?dryRun=true", roster, Caller.ADMIN);
        assertEquals(200, dry.status(), dry.body());
        assertTrue(openAlerts(coordinator).stream().noneMatch(a -> a.getInt("urn") == school), "a dry run changes nothing");

        Answer real = api.postCsv("/api/v1/imports/roster?dryRun=false", roster, Caller.ADMIN);
        assertEquals(200, real.status(), real.body());
        assertTrue(openAlerts(coordinator).stream().anyMatch(a -> a.getInt("urn") == school));
        TestMail.await(coordinator.email(), "Roster Leaver Primary falls below its target");
        assertEquals(1, TestMail.received().stream().filter(m -> {
            try {
                return m.getSubject().contains("Roster Leaver Primary") && m.getAllRecipients()[0].toString()
                        .equals(coordinator.email());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count(), "one letter: the dry run sent none");
    }

    @Test
    void aLeaverWhoLeavesOthersTrainedEnough_raisesNothing() {
        Caller coordinator = world.coordinatorOf(CoverageWorld.LA);
        int school = world.school("Resilient Primary");
        long stays = world.person("Pat Staying");
        long goes = world.person("Lee Going");
        world.employ(stays, school, TODAY.minusYears(2), null);
        long job = world.employ(goes, school, TODAY.minusYears(2), null);
        world.award(stays, TODAY.minusMonths(6), TODAY.plusMonths(18));
        world.award(goes, TODAY.minusMonths(6), TODAY.plusMonths(18));

        assertEquals(200, api.post("/api/v1/people/" + goes + "/employments/" + job + "/end",
                "{\"endDate\":\"" + TODAY + "\"}", Caller.ADMIN).status());
        assertTrue(openAlerts(coordinator).stream().noneMatch(a -> a.getInt("urn") == school));
        JsonObject tomorrow = world.row(school, TODAY.plusDays(1), Caller.ADMIN);
        assertEquals("COVERED", tomorrow.getString("status"));
        assertEquals(1, tomorrow.getInt("trainedStaff"));
    }

    @Test
    void snapshots_takeEachMonthOnce_evenWhenTwoRunsRace_andFeedTheTwelveMonthTrend() throws Exception {
        int school = world.school("Trend Primary");
        long p = world.person("Tess Trend");
        world.employ(p, school, TODAY.minusYears(3), null);
        world.award(p, TODAY.minusMonths(4).withDayOfMonth(15), TODAY.plusMonths(20));

        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(
                () -> api.post("/api/v1/coverage/snapshots", "{}", Caller.ADMIN));
        CompletableFuture<Answer> second = CompletableFuture.supplyAsync(
                () -> api.post("/api/v1/coverage/snapshots", "{}", Caller.ADMIN));
        assertEquals(200, first.get().status(), first.get().body());
        assertEquals(200, second.get().status(), second.get().body());
        assertEquals(0, api.post("/api/v1/coverage/snapshots", "{}", Caller.ADMIN).json().getInt("taken"),
                "a third run finds every month taken");

        Answer trend = api.get("/api/v1/coverage/trend?programme=" + world.programme + "&la=" + CoverageWorld.LA,
                Caller.ADMIN);
        assertEquals(200, trend.status(), trend.body());
        List<JsonObject> months = trend.json().getJsonArray("months").getValuesAs(JsonObject.class);
        assertEquals(12, months.size(), trend.body());
        JsonObject last = months.get(11);
        assertEquals(TODAY.withDayOfMonth(1).toString(), last.getString("month"));
        assertTrue(last.getInt("COVERED") >= 1, last.toString());
        JsonObject beforeTraining = months.get(5);
        assertTrue(beforeTraining.getInt("NOT_STARTED") >= 1, beforeTraining.toString());
        assertEquals(403, api.post("/api/v1/coverage/snapshots", "{}", world.coordinatorOf(CoverageWorld.LA)).status());
    }
}
