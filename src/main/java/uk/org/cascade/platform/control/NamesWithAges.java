package uk.org.cascade.platform.control;

import java.util.regex.Pattern;

/**
 * A person's full name with their age or school year in folded text ({@link FoldedText}): two or more
 * capitalised words followed by "(7)", ", 7", "aged 7", ", 7 years old", ", Year 3", "(Y3)", "in Reception" and
 * the like. Titled names ("Mrs Jones") are staff, and a year group followed by a staff word ("Year 3 teacher")
 * describes staff; neither counts. Capitalised practice words (Group, Session, Year, School …) are not name
 * words, so "Year 3 Team Meeting (4)" passes.
 */
final class NamesWithAges {

    /** Capitalised words that are not names: titles, practice, school and family words, common sentence openers. */
    private static final String NOT_NAMES = String.join("|", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame",
            "Rev", "Lord", "Lady", "St", "Saint", "The", "This", "That", "These", "Those", "We", "He", "She", "They",
            "It", "Our", "Their", "His", "Her", "My", "Your", "An", "And", "Or", "But", "On", "In", "At", "For", "Of",
            "To", "From", "By", "With", "After", "Before", "Then", "When", "Today", "Yesterday", "Tomorrow", "Next",
            "Last", "All", "Both", "Each", "Some", "Mum", "Mother", "Dad", "Father", "Parent", "Parents", "Carer",
            "Carers", "Family", "Families", "Child", "Children", "Pupil", "Pupils", "Student", "Students", "Baby",
            "Sibling", "Siblings", "Brother", "Sister", "Nan", "Gran", "Grandma", "Grandad", "Aunt", "Uncle",
            "Teacher", "Teachers", "Staff", "Head", "Headteacher", "Deputy", "Group", "Groups", "Team", "Teams",
            "Meeting", "Meetings", "Session", "Sessions", "Supervision", "Review", "Reviews", "Module", "Modules",
            "Week", "Weeks", "Term", "Half", "Year", "Years", "Yr", "Reception", "Nursery", "Class", "Classes", "Room",
            "Level", "Stage", "Step", "Steps", "Part", "Unit", "Key", "Phase", "Programme", "Program", "Cohort",
            "Course", "Training", "Workshop", "Plan", "Plans", "Goal", "Goals", "School", "Schools", "Primary",
            "Secondary", "Academy", "Infant", "Infants", "Junior", "Juniors", "College", "Federation", "Trust",
            "Council", "County", "Service", "Services", "Health", "Centre", "Hub", "Local", "Authority", "Case",
            "Cases", "Discussed", "Met", "Seen", "Agreed", "Reviewed", "Noted", "Safeguarding", "Parenting",
            "Anxiety", "Behaviour", "Attendance", "Exposure", "Homework", "Practice", "Fidelity", "Action", "Actions",
            "Note", "Notes", "Total", "Score", "Scores", "Number", "Version", "Page", "Chapter", "Section", "Item",
            "Question", "Questions", "Task", "Tasks", "Round", "Wave", "Block", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "Spring", "Summer", "Autumn", "Winter", "Cycle", "Lesson",
            "Lessons", "Workbook", "Handout", "Worksheet", "Appendix", "Table", "Figure", "Chart");
    private static final String NAME_WORD = "(?!(?:" + NOT_NAMES + ")(?![\\p{L}'\\-]))"
            + "\\p{Lu}(?:'\\p{Lu})?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?(?![\\p{L}'\\-])";
    /**
     * Two to four name words. Bounded on purpose: an unbounded repeat of a group recurses once per word in
     * java.util.regex and overflows the stack on a long run of capitalised words.
     */
    private static final String NAME = "(?<![\\p{L}\\p{N}'\\-])" + NAME_WORD + "(?:\\s+(?:\\p{Lu}\\.?\\s+)?" + NAME_WORD
            + "){1,3}";

    private static final String UNITS = "(?:years?|yrs?|y\\.?o\\.?|y/o)(?:\\s+old)?(?![a-z])";
    private static final String ENDS = "(?=\\s*(?:$|[,.;:!?)]|(?:and|who|is|was|has|had|with)(?![a-z])))";
    private static final String BE = "(?:who\\s+is|is|was|now|turned|turns|turning)";
    private static final String YEAR_GROUP = "(?:(?:year|yr|y)\\s*-?\\s*(?:\\d{1,2}|r)|reception|nursery|pre-?school"
            + "|sixth\\s+form)(?![\\p{L}\\p{N}])";
    /** A year group naming staff: "Year 3 teacher", "Reception TA", "Year 6 lead". */
    private static final String NOT_STAFF = "(?!\\s*(?:class\\s+)?(?:teachers?|teaching|tas?|team|leads?|leaders?|staff"
            + "|tutors?|assistants?|co-?ordinators?|senco|practitioners?|colleagues?)(?![a-z]))";
    private static final String AGE_OR_YEAR = "(?i:"
            + "\\s*\\(\\s*(?:aged?\\s*)?\\d{1,2}\\s*(?:" + UNITS + ")?\\s*\\)"                    // (7), (aged 7), (7 yrs)
            + "|\\s*[,:\\-]\\s*(?:aged?\\s*)?\\d{1,2}\\s*" + UNITS                               // , 7 years old
            + "|\\s*[,:\\-]\\s*(?:aged?\\s*)?\\d{1,2}" + ENDS                                    // , 7.
            + "|\\s*,?\\s+(?:" + BE + "\\s+)?aged?\\s*\\d{1,2}(?!\\d)"                            // aged 7, who is age 7
            + "|\\s*,?\\s+(?:" + BE + "\\s+)?\\d{1,2}\\s*" + UNITS                               // 7 years old, is 7 yrs
            + "|\\s*,?\\s+" + BE + "\\s+\\d{1,2}" + ENDS                                         // is 7.
            + "|(?:\\s*[,(:\\-]\\s*|\\s+(?:(?:who\\s+is\\s+|is\\s+)?in|from)\\s+|\\s*,\\s*in\\s+|\\s+)"
            + "(?:" + YEAR_GROUP + ")" + NOT_STAFF                                              // , Year 3; in Reception
            + ")";
    private static final Pattern NAME_WITH_AGE = Pattern.compile(NAME + AGE_OR_YEAR);

    private NamesWithAges() {
    }

    /** Whether folded {@code text} holds a full name with an age or school year. */
    static boolean in(String folded) {
        return NAME_WITH_AGE.matcher(folded).find();
    }
}
