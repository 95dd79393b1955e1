package uk.org.cascade.learning.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import uk.org.cascade.learning.entity.ContentVersion;
import uk.org.cascade.learning.entity.ModulePage;
import uk.org.cascade.learning.entity.PageResource;

/** What the API answers about module content, attempts and progress. */
public final class ModuleViews {

    private ModuleViews() {
    }

    public record VideoView(String embedUrl, String link, String host) implements Serializable {
    }

    /** {@code altText}: a picture shown on the page; null for a download only. */
    public record ResourceView(long id, String filename, String contentType, int sizeBytes, String url, String altText)
            implements Serializable {

        public static ResourceView of(long moduleId, PageResource r) {
            return new ResourceView(r.getId(), r.getFilename(), r.getContentType(), r.getSizeBytes(),
                    "/api/v1/modules/" + moduleId + "/resources/" + r.getId(), r.isShown() ? r.getAltText() : null);
        }

        /** "PDF, 240 KB": what a learner needs to know before downloading on a school network. */
        public String describe() {
            String kind = switch (contentType) {
                case "application/pdf" -> "PDF";
                case "image/png" -> "PNG image";
                case "image/jpeg" -> "JPEG image";
                default -> "Word document";
            };
            return kind + ", " + (sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB" : sizeBytes / (1024 * 1024) + " MB");
        }
    }

    public record PageView(int position, String title, String html, VideoView video, List<ResourceView> resources) implements Serializable {

        public static PageView of(long moduleId, ModulePage p) {
            VideoView video = VideoLinks.parse(p.getVideoUrl()).map(v -> new VideoView(v.embedUrl(), v.link(), v.host()))
                    .orElse(null);
            return new PageView(p.getPosition(), p.getTitle(), p.getHtml() == null ? "" : p.getHtml(), video,
                    p.getResources().stream().map(r -> ResourceView.of(moduleId, r)).toList());
        }
    }

    /** An answer offered to the learner: no word of whether it is right. */
    public record OptionView(long id, String text) implements Serializable {
    }

    public record QuestionView(long id, String text, boolean multiple, List<OptionView> answers) implements Serializable {
    }

    public record CheckView(int passMark, List<QuestionView> questions) implements Serializable {
    }

    /** Where the learner stands, when the caller is one. */
    public record PlaceView(long enrolmentId, int currentPage, int scrollPosition, int pagesRead, int secondsSpent,
                            String state) implements Serializable {
    }

    /** A module's pages: the learner's version for a learner, the latest (or the draft) for an author. */
    public record PagesView(long moduleId, String title, int version, boolean draft, List<PageView> pages,
                            CheckView check, PlaceView progress) implements Serializable {

        public static PagesView of(ContentVersion v, List<QuestionView> shuffled, PlaceView place) {
            long moduleId = v.getModule().getId();
            return new PagesView(moduleId, v.getModule().getTitle(), v.getNumber(), !v.isPublished(),
                    v.getPages().stream().map(p -> PageView.of(moduleId, p)).toList(),
                    v.hasCheck() ? new CheckView(v.getPassMark(), shuffled) : null, place);
        }
    }

    /** One chosen answer with the author's feedback on it. */
    public record FeedbackView(long answerId, String text, boolean correct, String feedback) implements Serializable {
    }

    public record MarkedView(long questionId, String text, boolean correct, List<FeedbackView> chosen) implements Serializable {
    }

    public record AttemptView(long attemptId, int score, int total, int percent, int passMark, boolean passed,
                              boolean moduleCompleted, Instant submittedAt, List<MarkedView> questions) implements Serializable {
    }

    /** One module's state for one learner: NOT_STARTED, IN_PROGRESS, PASSED (its check) or COMPLETED. */
    public record ModuleStateView(long moduleId, String title, boolean hasContent, String state, int pagesRead,
                                  int pagesTotal, int secondsSpent, Integer version, Integer currentPage,
                                  Integer scrollPosition, int attempts, Integer bestPercent, String label) implements Serializable {
    }

    public record EnrolmentProgressView(long enrolmentId, long cohortId, String cohortTitle, String programmeCode,
                                        String status, List<ModuleStateView> modules) implements Serializable {
    }

    public record PersonProgressView(long personId, List<EnrolmentProgressView> enrolments) implements Serializable {
    }

    /** How often a question is answered right across a cohort's attempts. */
    public record QuestionStatView(long questionId, int version, String text, long answered, long correct, int successPercent) implements Serializable {
    }
}
