package org.impasseadvisor.cdshooks.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.impasseadvisor.descriptor.Concern;

/**
 * Active Conditions → concerns. ICD-10-CM and WHO ICD-10 codes match by prefix (so F43.10, F43.11 and
 * F43.12 are all PTSD); the categories used here are the same in both. SNOMED CT codes match exactly,
 * because matching descendants would need a terminology server. Only SNOMED CT codes found in several
 * independent code lists are used; none for substance use.
 */
public final class ConcernCodes {

    /**
     * ICD-10 prefix → concern. Substance use is F10–F19 except F17: nicotine dependence is not the
     * substance use the addiction strategies address.
     */
    static final Map<String, Concern> ICD_10_CM_PREFIXES = Map.ofEntries(
            Map.entry("F43.1", Concern.PTSD),
            Map.entry("F32", Concern.DEPRESSION),
            Map.entry("F33", Concern.DEPRESSION),
            Map.entry("F34.1", Concern.DEPRESSION),
            Map.entry("F40", Concern.ANXIETY),
            Map.entry("F41", Concern.ANXIETY),
            Map.entry("F10", Concern.SUBSTANCE_USE),
            Map.entry("F11", Concern.SUBSTANCE_USE),
            Map.entry("F12", Concern.SUBSTANCE_USE),
            Map.entry("F13", Concern.SUBSTANCE_USE),
            Map.entry("F14", Concern.SUBSTANCE_USE),
            Map.entry("F15", Concern.SUBSTANCE_USE),
            Map.entry("F16", Concern.SUBSTANCE_USE),
            Map.entry("F18", Concern.SUBSTANCE_USE),
            Map.entry("F19", Concern.SUBSTANCE_USE));

    /** SNOMED CT concept → concern, exact codes only. */
    static final Map<String, Concern> SNOMED_CT_CODES = Map.of(
            "47505003", Concern.PTSD,          // Posttraumatic stress disorder
            "35489007", Concern.DEPRESSION,    // Depressive disorder
            "370143000", Concern.DEPRESSION,   // Major depressive disorder
            "197480006", Concern.ANXIETY,      // Anxiety disorder
            "21897009", Concern.ANXIETY);      // Generalized anxiety disorder

    private static final List<String> INACTIVE = List.of("inactive", "remission", "resolved");
    private static final List<String> NOT_TRUE = List.of("refuted", "entered-in-error");

    private ConcernCodes() {
    }

    /** The concerns of the active, not refuted Conditions in a prefetch value. */
    public static Set<Concern> of(JsonNode conditions) {
        Set<Concern> concerns = EnumSet.noneOf(Concern.class);
        for (JsonNode condition : Resources.ofType(conditions, "Condition")) {
            if (counts(condition)) {
                for (Resources.Coding coding : Resources.codings(condition.path("code"))) {
                    concern(coding).ifPresent(concerns::add);
                }
            }
        }
        return concerns;
    }

    static Optional<Concern> concern(Resources.Coding coding) {
        if (coding.system().equals(CodeSystems.ICD_10_CM) || coding.system().equals(CodeSystems.ICD_10)) {
            String code = coding.code().toUpperCase();
            return ICD_10_CM_PREFIXES.entrySet().stream()
                    .filter(prefix -> code.startsWith(prefix.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst();
        }
        if (coding.system().equals(CodeSystems.SNOMED_CT)) {
            return Optional.ofNullable(SNOMED_CT_CODES.get(coding.code()));
        }
        return Optional.empty();
    }

    /** The query asks for active Conditions; a server that ignores the filter must not add old ones. */
    private static boolean counts(JsonNode condition) {
        for (Resources.Coding status : Resources.codings(condition.path("clinicalStatus"))) {
            if (INACTIVE.contains(status.code())) {
                return false;
            }
        }
        for (Resources.Coding status : Resources.codings(condition.path("verificationStatus"))) {
            if (NOT_TRUE.contains(status.code())) {
                return false;
            }
        }
        return true;
    }
}
