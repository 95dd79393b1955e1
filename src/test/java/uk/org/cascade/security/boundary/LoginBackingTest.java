package uk.org.cascade.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginBackingTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "/security/users.xhtml, /security/users.xhtml",
        "/index.xhtml?x=1, /index.xhtml?x=1",
        "NULL, /",
        "https://evil.example/, /",
        "//evil.example/, /",
        "/\\evil.example, /",
        "/login.xhtml, /"
    })
    void afterSignIn_goesOnlyToPagesOfCascade(String next, String expected) {
        LoginBacking login = new LoginBacking();
        login.setNext(next);

        assertEquals(expected, login.safeNext());
    }
}
