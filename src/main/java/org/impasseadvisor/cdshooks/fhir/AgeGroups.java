package org.impasseadvisor.cdshooks.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.impasseadvisor.descriptor.AgeGroup;

/**
 * Patient.birthDate → age group on a given day. FHIR allows a partial date (year, or year and month);
 * the group is known only when the earliest and latest possible birth dates give the same group.
 */
public final class AgeGroups {

    private AgeGroups() {
    }

    public static Optional<AgeGroup> of(JsonNode patient, LocalDate today) {
        String birthDate = patient == null ? "" : patient.path("birthDate").asText("");
        LocalDate earliest;
        LocalDate latest;
        try {
            if (birthDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
                earliest = LocalDate.parse(birthDate);
                latest = earliest;
            } else if (birthDate.matches("\\d{4}-\\d{2}")) {
                earliest = LocalDate.parse(birthDate + "-01");
                latest = earliest.plusMonths(1).minusDays(1);
            } else if (birthDate.matches("\\d{4}")) {
                earliest = LocalDate.parse(birthDate + "-01-01");
                latest = LocalDate.parse(birthDate + "-12-31");
            } else {
                return Optional.empty();
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        if (latest.isAfter(today)) {
            return Optional.empty();
        }
        AgeGroup oldest = group(Period.between(earliest, today).getYears());
        AgeGroup youngest = group(Period.between(latest, today).getYears());
        return oldest == youngest ? Optional.of(oldest) : Optional.empty();
    }

    /** The descriptor's bands: child under 13, adolescent 13–17, adult 18–64, older adult 65 and over. */
    static AgeGroup group(int years) {
        if (years < 13) {
            return AgeGroup.CHILD;
        }
        if (years < 18) {
            return AgeGroup.ADOLESCENT;
        }
        return years < 65 ? AgeGroup.ADULT : AgeGroup.OLDER_ADULT;
    }
}
