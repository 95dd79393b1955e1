package uk.org.cascade.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ModuleVideoLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "https://m.youtube.com/watch?feature=x&v=dQw4w9WgXcQ"})
    void youTube_isEmbeddedWithoutCookies(String link) {
        assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", VideoLinks.parse(link).orElseThrow().embedUrl());
    }

    @Test
    void vimeo_isEmbeddedThroughItsPlayer() {
        assertEquals("https://player.vimeo.com/video/76979871", VideoLinks.parse("https://vimeo.com/76979871").orElseThrow().embedUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://evil.example/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ", "javascript:alert(1)",
            "https://www.youtube.com/watch?v=\"><script>", "https://vimeo.com/abc", "not a url at all",
            "https://user@www.youtube.com/watch?v=dQw4w9WgXcQ"})
    void anythingElse_isRefused(String link) {
        assertTrue(VideoLinks.parse(link).isEmpty(), link);
    }
}
