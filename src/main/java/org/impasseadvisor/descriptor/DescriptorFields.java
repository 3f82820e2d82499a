package org.impasseadvisor.descriptor;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The descriptor's fields, each declared once: its path in the JSON contract, its vocabulary or range, its
 * label and how to read it. The JSON reader, the engine's signals and the {@link Vocabulary} derive from this
 * table. Adding a field is a row here, its component in its record (in the same order as here), its argument
 * in its part's builder below and the rules that use it: the table checks, when it is first used, that its rows
 * and the records' components agree in name, order and type.
 */
public final class DescriptorFields {

    public static final Field.OfSet<RootCause> ROOT_CAUSES =
            new Field.OfSet<>("rootCauses", RootCause.class, "root causes", ImpasseDescriptor::rootCauses);
    public static final Field.OfSet<Concern> CONCERNS =
            new Field.OfSet<>("concerns", Concern.class, "concerns", ImpasseDescriptor::concerns);

    public static final Field.OfValue<AgeGroup> AGE_GROUP =
            new Field.OfValue<>("client.ageGroup", AgeGroup.class, "age group", d -> d.client().ageGroup());
    public static final Field.OfValue<Attendance> ATTENDANCE =
            new Field.OfValue<>("client.attendance", Attendance.class, "attendance", d -> d.client().attendance());
    public static final Field.OfValue<Readiness> READINESS =
            new Field.OfValue<>("client.readiness", Readiness.class, "stage of change", d -> d.client().readiness());
    public static final Field.OfValue<SuicideRisk> SUICIDE_RISK =
            new Field.OfValue<>("client.suicideRisk", SuicideRisk.class, "suicide risk", d -> d.client().suicideRisk());
    public static final Field.OfFlag CULTURAL_FACTORS = new Field.OfFlag("client.culturalFactors",
            "the client's cultural background is relevant to the relationship", d -> d.client().culturalFactors());
    public static final Field.OfFlag RETURNING = new Field.OfFlag("client.returning",
            "the client has returned after leaving therapy over an impasse", d -> d.client().returning());

    public static final Field.OfNumber SRS_TOTAL = new Field.OfNumber(new Range("alliance.srsTotal", 0, 40), false,
            "SRS total", d -> d.alliance().srsTotal());
    public static final Field.OfSet<RuptureMarker> RUPTURE_MARKERS = new Field.OfSet<>("alliance.ruptureMarkers",
            RuptureMarker.class, "rupture markers", d -> d.alliance().ruptureMarkers());

    public static final Field.OfNumber SESSIONS_COMPLETED = new Field.OfNumber(
            new Range("progress.sessionsCompleted", 0, Integer.MAX_VALUE), true, "sessions completed",
            d -> d.progress().sessionsCompleted());
    public static final Field.OfNumber WEEKS_WITHOUT_PROGRESS = new Field.OfNumber(
            new Range("progress.weeksWithoutProgress", 0, Integer.MAX_VALUE), true, "weeks without progress",
            d -> d.progress().weeksWithoutProgress());
    public static final Field.OfValue<OrsTrend> ORS_TREND =
            new Field.OfValue<>("progress.orsTrend", OrsTrend.class, "ORS trend", d -> d.progress().orsTrend());

    public static final Field.OfNumber PHQ9_TOTAL = new Field.OfNumber(new Range("measures.phq9Total", 0, 27), true,
            "PHQ-9 total", d -> d.measures().phq9Total());
    public static final Field.OfNumber PHQ9_ITEM9 = new Field.OfNumber(new Range("measures.phq9Item9", 0, 3), true,
            "PHQ-9 item 9", d -> d.measures().phq9Item9());
    public static final Field.OfNumber GAD7_TOTAL = new Field.OfNumber(new Range("measures.gad7Total", 0, 21), true,
            "GAD-7 total", d -> d.measures().gad7Total());
    public static final Field.OfNumber PCL5_TOTAL = new Field.OfNumber(new Range("measures.pcl5Total", 0, 80), true,
            "PCL-5 total", d -> d.measures().pcl5Total());

    public static final Field.OfSet<Training> TRAINED_IN = new Field.OfSet<>("therapist.trainedIn", Training.class,
            "the therapist's trained methods", d -> d.therapist().trainedIn());

    public static final Field.OfNumber LIMIT = new Field.OfNumber(new Range("limit", 1, 50), true,
            "limit", ImpasseDescriptor::limit);

    /** Every field, in the contract's order. */
    public static final List<Field> ALL = List.of(ROOT_CAUSES, CONCERNS,
            AGE_GROUP, ATTENDANCE, READINESS, SUICIDE_RISK, CULTURAL_FACTORS, RETURNING,
            SRS_TOTAL, RUPTURE_MARKERS,
            SESSIONS_COMPLETED, WEEKS_WITHOUT_PROGRESS, ORS_TREND,
            PHQ9_TOTAL, PHQ9_ITEM9, GAD7_TOTAL, PCL5_TOTAL,
            TRAINED_IN,
            LIMIT);

    // Each part is built by its canonical constructor from its rows' values in order; written out rather than
    // called by reflection because the reader builds five parts per request, and a reflective call cost
    // more than the rest of the reading (DescriptorReadingBenchmark).
    public static final Part<Client> CLIENT = new Part<>("client", Client.class, v -> new Client((AgeGroup) v[0],
            (Attendance) v[1], (Readiness) v[2], (SuicideRisk) v[3], (Boolean) v[4], (Boolean) v[5]));
    public static final Part<Alliance> ALLIANCE = new Part<>("alliance", Alliance.class,
            v -> new Alliance((Double) v[0], set(v[1])));
    public static final Part<Progress> PROGRESS = new Part<>("progress", Progress.class,
            v -> new Progress((Integer) v[0], (Integer) v[1], (OrsTrend) v[2]));
    public static final Part<Measures> MEASURES = new Part<>("measures", Measures.class,
            v -> new Measures((Integer) v[0], (Integer) v[1], (Integer) v[2], (Integer) v[3]));
    public static final Part<Therapist> THERAPIST = new Part<>("therapist", Therapist.class,
            v -> new Therapist(set(v[0])));

    /** The properties of the descriptor's own JSON object, in the contract's order. */
    public static final List<String> PROPERTIES = properties();

    private DescriptorFields() {
    }

    /** A set value of a row of a set field: the reader put it there, read from that row's vocabulary. */
    @SuppressWarnings("unchecked")
    private static <E> Set<E> set(Object value) {
        return (Set<E>) value;
    }

    private static List<String> properties() {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : ImpasseDescriptor.class.getRecordComponents()) {
            names.add(component.getName());
            boolean declared = component.getType().isRecord()
                    ? List.of(CLIENT, ALLIANCE, PROGRESS, MEASURES, THERAPIST).stream()
                            .anyMatch(part -> part.name().equals(component.getName()))
                    : ALL.stream().anyMatch(field -> field.path().equals(component.getName()));
            if (!declared) {
                throw new IllegalStateException("the descriptor's " + component.getName() + " has no row or part");
            }
        }
        for (Field field : ALL) {
            if (!names.contains(field.part().isEmpty() ? field.path() : field.part())) {
                throw new IllegalStateException(field.path() + " is not a component of the descriptor");
            }
        }
        return List.copyOf(names);
    }

    /**
     * A part of the descriptor held in a record of its own ({@code client}, {@code measures}…): its fields, in
     * the order of the record's components, and how to build the record from their values.
     */
    public static final class Part<R extends Record> {

        private final String name;
        private final List<Field> fields;
        private final List<String> names;
        private final Function<Object[], R> builder;

        Part(String name, Class<R> type, Function<Object[], R> builder) {
            this.builder = builder;
            this.name = name;
            this.fields = ALL.stream().filter(field -> field.part().equals(name)).toList();
            this.names = fields.stream().map(Field::name).toList();
            RecordComponent[] components = type.getRecordComponents();
            List<String> componentNames = Arrays.stream(components).map(RecordComponent::getName).toList();
            if (!componentNames.equals(names)) {
                throw new IllegalStateException("the rows of " + name + " " + names + " are not the components of "
                        + type.getSimpleName() + " " + componentNames);
            }
            for (int i = 0; i < components.length; i++) {
                if (components[i].getType() != fields.get(i).type()) {
                    throw new IllegalStateException(fields.get(i).path() + " is a " + fields.get(i).type().getSimpleName()
                            + " in the table but a " + components[i].getType().getSimpleName() + " in the record");
                }
            }
        }

        /** The part's property in the descriptor's JSON object. */
        public String name() {
            return name;
        }

        /** Its fields, in the record's order. */
        public List<Field> fields() {
            return fields;
        }

        /** The names of its properties in its JSON object, in the record's order. */
        public List<String> names() {
            return names;
        }

        /** Builds the part from the values of its fields, in {@link #fields()} order; a value's record checks it. */
        public R build(Object... values) {
            return builder.apply(values);
        }
    }
}
