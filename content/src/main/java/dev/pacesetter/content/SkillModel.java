package dev.pacesetter.content;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The skill model behind coaching plans: the proficiency scale, the skills weighted per
 * {@link SalesRole}, and the KPI signals from the activity ledger that inform them. Loaded from
 * {@code content/skill-model.json} and checked against the {@link ActivityCatalog}; immutable.
 *
 * <pre>{@code
 * SkillModel model = SkillModel.load();
 * for (Skill s : model.skillsFor(SalesRole.AE)) { ... s.target(SalesRole.AE).orElseThrow().weight() ... }
 * }</pre>
 */
public final class SkillModel {

    static final String RESOURCE = "content/skill-model.json";

    private final int version;
    private final List<SkillLevel> levels;
    private final Map<String, Skill> skills;
    private final List<KpiSignal> signals;
    private final Map<String, String> plannedActivityTypes;

    private SkillModel(Document doc, ActivityCatalog catalog) {
        Checks.require(doc.version() >= 1, "version must be 1 or more");
        this.version = doc.version();
        this.levels = SkillModelRules.levels(doc.levels());
        this.skills = SkillModelRules.skills(doc.skills());
        SkillModelRules.roleWeights(skills.values());
        this.signals = SkillModelRules.signals(doc.signals(), skills);
        this.plannedActivityTypes = SkillModelRules.activityTypes(doc.signals(), doc.plannedActivityTypes(), catalog);
    }

    /** Loads the shipped model and checks it against the shipped activity catalog. */
    public static SkillModel load() {
        return load(ActivityCatalog.load());
    }

    static SkillModel load(ActivityCatalog catalog) {
        return load(SkillModel.class.getClassLoader(), RESOURCE, catalog);
    }

    static SkillModel load(ClassLoader loader, String resource, ActivityCatalog catalog) {
        Document doc = ContentReader.read(loader, resource, Document.class);
        return ContentReader.within(resource, () -> new SkillModel(doc, catalog));
    }

    /** The content version of {@code skill-model.json}. */
    public int version() {
        return version;
    }

    /** The proficiency scale, levels 1..5 in order. */
    public List<SkillLevel> levels() {
        return levels;
    }

    /** Every skill, in the order the data lists them. */
    public List<Skill> skills() {
        return List.copyOf(skills.values());
    }

    public Optional<Skill> skill(String id) {
        return Optional.ofNullable(id == null ? null : skills.get(id));
    }

    /** The skills that matter for a role, most heavily weighted first (ties in data order). */
    public List<Skill> skillsFor(SalesRole role) {
        return skills.values().stream()
                .filter(s -> s.relevantFor(role))
                .sorted(Comparator.comparingDouble((Skill s) -> s.roles().get(role).weight()).reversed())
                .toList();
    }

    /** Every KPI signal, in the order the data lists them. */
    public List<KpiSignal> signals() {
        return signals;
    }

    public Optional<KpiSignal> signal(String id) {
        return signals.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The signals computed for a role. */
    public List<KpiSignal> signalsFor(SalesRole role) {
        return signals.stream().filter(s -> s.appliesTo(role)).toList();
    }

    /** The signals that bear on a skill. */
    public List<KpiSignal> signalsInforming(String skillId) {
        return signals.stream().filter(s -> s.informs().stream().anyMatch(i -> i.skill().equals(skillId))).toList();
    }

    /**
     * Whether the ledger can compute a signal today, i.e. none of its activity types is still
     * planned. Signals that are not computable are skipped, not guessed.
     */
    public boolean computableFromLedger(KpiSignal signal) {
        return signal.activityTypes().stream().noneMatch(plannedActivityTypes::containsKey);
    }

    /** Activity types that signals will draw on once integrations send them, with what each needs. */
    public Map<String, String> plannedActivityTypes() {
        return plannedActivityTypes;
    }

    /** Ids of the skills no signal informs: evidence for them comes from call reviews and managers. */
    public Set<String> skillsWithoutSignals() {
        Set<String> informed = signals.stream().flatMap(s -> s.informs().stream()).map(SkillInfluence::skill)
                .collect(Collectors.toSet());
        return skills.keySet().stream().filter(id -> !informed.contains(id))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    record Document(int version,
                    List<SkillLevel> levels,
                    Map<String, String> plannedActivityTypes,
                    List<Skill> skills,
                    List<KpiSignal> signals) {
    }
}
