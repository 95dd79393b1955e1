package uk.org.cascade.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.PayaraLog;
import uk.org.cascade.it.Races;

/**
 * What goes wrong with a person's record leaves no trace of the person in the server log: not their email,
 * not their name, not the SQL that carried them. The log gets an error id where it needs one.
 */
class PersonalDataInLogsIT extends DeployedCascade {

    @Test
    void duplicateKeyRaces_refusals_andFailedSignIns_logNoEmailNameOrSql() throws Exception {
        String surname = letters(10);
        String name = "Quilla " + surname;
        String email = ("log." + letters(12) + "@privacy.test").toLowerCase(Locale.ROOT);
        String personEmail = ("log.person." + letters(12) + "@privacy.test").toLowerCase(Locale.ROOT);
        String user = "{\"email\":\"" + email + "\",\"name\":\"" + name + "\",\"password\":\"a long enough password\","
                + "\"roles\":[\"LEARNER\"]}";
        Races races = new Races(api);

        List<Answer> users = races.post("/api/v1/users", user);
        List<Answer> people = races.post("/api/v1/people", "{\"name\":\"" + name + "\",\"email\":\"" + personEmail + "\"}");
        Answer again = api.post("/api/v1/users", user.replace(email, email.toUpperCase(Locale.ROOT)), Caller.ADMIN);
        Answer weak = api.post("/api/v1/users", user.replace("a long enough password", surname), Caller.ADMIN);
        Answer wrongPassword = api.get("/api/v1/me", new Caller(email, "not the password at all"));
        Answer malformed = api.post("/api/v1/people", "{\"name\":\"" + name + "\",\"email\":", Caller.ADMIN);
        String log = PayaraLog.afterEverythingSoFar(api);

        assertEquals(1, users.stream().filter(a -> a.status() == 201).count());
        assertEquals(1, people.stream().filter(a -> a.status() == 201).count());
        assertEquals(409, again.status());
        assertEquals(422, weak.status());
        assertEquals(401, wrongPassword.status());
        assertEquals(400, malformed.status());
        List<String> leaks = log.lines().filter(line -> {
            String l = line.toLowerCase(Locale.ROOT);
            return l.contains(email) || l.contains(personEmail) || l.contains(surname.toLowerCase(Locale.ROOT))
                    || l.contains("duplicate entry") || l.contains("bind =>") || l.contains("insert into")
                    || l.contains("values (");
        }).toList();
        assertTrue(leaks.isEmpty(), leaks.size() + " log lines carry personal data or SQL:\n" + String.join("\n", leaks));
    }

    /** A surname no other test and no log line uses: lower-case letters after a capital. */
    private static String letters(int count) {
        StringBuilder text = new StringBuilder().append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        for (int i = 1; i < count; i++) {
            text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }
}
