package dev.pacesetter.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The coaching activities plans are built from, loaded from {@code content/coaching-library.json}
 * with Markdown bodies in {@code content/coaching/*.md}, and checked against the {@link SkillModel}:
 * every skill has activities at two or more levels, so a plan can always step a person up.
 *
 * <pre>{@code
 * List<CoachingActivity> next = CoachingLibrary.load().forSkill("discovery", 2, 3);
 * }</pre>
 */
public final class CoachingLibrary {

    static final String RESOURCE = "content/coaching-library.json";
    /** Relative, lower-case paths ending in .md; no "..", so a body cannot point outside the content. */
    private static final Pattern BODY_FILE = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*\\.md");
    private static final Comparator<CoachingActivity> BY_LEVEL = Comparator.comparingInt(CoachingActivity::level)
            .thenComparingInt(CoachingActivity::effortMinutes).thenComparing(CoachingActivity::id);

    private final int version;
    private final Map<String, CoachingActivity> byId;
    private final List<CoachingActivity> ordered;

    private CoachingLibrary(int version, List<CoachingActivity> activities, SkillModel model) {
        Checks.require(version >= 1, "version must be 1 or more");
        this.version = version;
        this.byId = Map.copyOf(Checks.unique(Checks.nonEmpty(activities, "activity"), CoachingActivity::id,
                "activity id"));
        this.ordered = List.copyOf(activities);
        for (CoachingActivity a : activities) {
            for (String skill : a.skills()) {
                Checks.require(model.skill(skill).isPresent(), "activity '" + a.id() + "' builds unknown skill '"
                        + skill + "'");
            }
        }
        for (Skill skill : model.skills()) {
            SortedSet<Integer> levels = new TreeSet<>();
            activities.stream().filter(a -> a.builds(skill.id())).forEach(a -> levels.add(a.level()));
            Checks.require(levels.size() >= 2, "skill '" + skill.id() + "' has activities at "
                    + (levels.isEmpty() ? "no level" : "only level " + levels.first())
                    + "; it needs activities at 2 or more distinct levels");
        }
    }

    /** Loads the shipped library and checks it against the shipped skill model. */
    public static CoachingLibrary load() {
        return load(SkillModel.load());
    }

    static CoachingLibrary load(SkillModel model) {
        return load(CoachingLibrary.class.getClassLoader(), RESOURCE, model);
    }

    static CoachingLibrary load(ClassLoader loader, String resource, SkillModel model) {
        Document doc = ContentReader.read(loader, resource, Document.class);
        return ContentReader.within(resource, () -> {
            List<Entry> entries = Checks.nonEmpty(doc.activities(), "activity");
            List<CoachingActivity> activities = new ArrayList<>();
            for (Entry e : entries) {
                activities.add(e.toActivity(body(loader, resource, e)));
            }
            return new CoachingLibrary(doc.version(), activities, model);
        });
    }

    private static String body(ClassLoader loader, String resource, Entry e) {
        String where = "activity '" + e.id() + "'";
        Checks.require(e.bodyFile() != null && BODY_FILE.matcher(e.bodyFile()).matches(),
                where + ": bodyFile must be a relative lower-case .md path, was " + Checks.quoted(e.bodyFile()));
        String path = ContentReader.directoryOf(resource) + e.bodyFile();
        return ContentReader.readText(loader, path)
                .orElseThrow(() -> new ContentException(where + ": body file " + path + " does not exist"));
    }

    /** The content version of {@code coaching-library.json}. */
    public int version() {
        return version;
    }

    /** Every activity, in the order the data lists them. */
    public List<CoachingActivity> activities() {
        return ordered;
    }

    public Optional<CoachingActivity> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The activities that build a skill, easiest first (by level, then effort). */
    public List<CoachingActivity> forSkill(String skillId) {
        return ordered.stream().filter(a -> a.builds(skillId)).sorted(BY_LEVEL).toList();
    }

    /** The activities that build a skill pitched between two levels, inclusive, easiest first. */
    public List<CoachingActivity> forSkill(String skillId, int fromLevel, int toLevel) {
        return forSkill(skillId).stream().filter(a -> a.level() >= fromLevel && a.level() <= toLevel).toList();
    }

    /** The activities of one kind, in data order. */
    public List<CoachingActivity> ofKind(CoachingKind kind) {
        return ordered.stream().filter(a -> a.kind() == kind).toList();
    }

    record Document(int version, List<Entry> activities) {
    }

    /** An activity as written in the index; its body lives in a separate Markdown file. */
    record Entry(String id, String title, CoachingKind kind, List<String> skills, int level, int effortMinutes,
                 String summary, String bodyFile) {

        CoachingActivity toActivity(String body) {
            return new CoachingActivity(id, title, kind, skills, level, effortMinutes, summary, body);
        }
    }
}
