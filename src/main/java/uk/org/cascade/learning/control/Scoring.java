package uk.org.cascade.learning.control;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a knowledge check is marked. A question is right only when the learner chose exactly its correct answers
 * (all of them for a multiple-answer question, and nothing else); the check is passed when the share of right
 * questions reaches the pass mark, a percentage.
 */
public final class Scoring {

    /** A question's correct answers, by id. */
    public record Key(long questionId, Set<Long> correct) {
    }

    /** One question marked. */
    public record Marked(long questionId, Set<Long> chosen, boolean correct) {
    }

    public record Result(int score, int total, boolean passed, List<Marked> marked) {

        public int percent() {
            return total == 0 ? 0 : score * 100 / total;
        }
    }

    private Scoring() {
    }

    /** @param chosen the answer ids chosen per question id; an unanswered question is wrong */
    public static Result score(List<Key> keys, Map<Long, Set<Long>> chosen, int passMark) {
        List<Marked> marked = keys.stream().map(k -> {
            Set<Long> picked = chosen.getOrDefault(k.questionId(), Set.of());
            return new Marked(k.questionId(), picked, !picked.isEmpty() && picked.equals(k.correct()));
        }).toList();
        int score = (int) marked.stream().filter(Marked::correct).count();
        return new Result(score, keys.size(), passes(score, keys.size(), passMark), marked);
    }

    /** Reaching the mark exactly passes; integer arithmetic, so 4 of 5 is exactly 80 %. */
    public static boolean passes(int score, int total, int passMark) {
        return total > 0 && score * 100L >= (long) passMark * total;
    }
}
