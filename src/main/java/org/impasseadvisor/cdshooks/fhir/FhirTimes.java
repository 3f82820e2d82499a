package org.impasseadvisor.cdshooks.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a FHIR resource was recorded, as an interval of instants, so that "latest" compares points in
 * time, never text ({@code 10:00+01:00} is before {@code 08:30-05:00}). A FHIR dateTime may be partial
 * ({@code 2026}, {@code 2026-11}, {@code 2026-11-20}): it stands for the whole year, month or day; a
 * date without a time has no offset and is read in UTC. A Period runs from its start to its end, either
 * of which may be missing.
 */
public final class FhirTimes {

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2}))?)?)?");

    /** An interval of time: from {@code earliest} (inclusive) to {@code latest} (exclusive). */
    public record When(Instant earliest, Instant latest) {

        /** Never recorded: older than anything recorded. */
        public static final When UNKNOWN = new When(Instant.MIN, Instant.MIN);

        /**
         * Later first by where the interval ends, then where it starts: a resource that may be the most
         * recent one counts as the latest.
         */
        public static final Comparator<When> CHRONOLOGICAL =
                Comparator.comparing(When::latest).thenComparing(When::earliest);
    }

    private FhirTimes() {
    }

    /** A FHIR dateTime or instant as the interval it stands for; empty when it is not one. */
    public static Optional<When> dateTime(String text) {
        Matcher m = DATE_TIME.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            if (m.group(4) != null) {
                String full = m.group(1) + "-" + m.group(2) + "-" + m.group(3) + m.group(4);
                // hh:mm without seconds is not FHIR, but some systems send it
                Instant at = OffsetDateTime.parse(full.matches(".*T\\d{2}:\\d{2}(Z|[+-].*)")
                        ? full.replaceFirst("(T\\d{2}:\\d{2})", "$1:00") : full).toInstant();
                return Optional.of(new When(at, at.plusNanos(1)));
            }
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                LocalDate start = LocalDate.of(year, 1, 1);
                return Optional.of(days(start, start.plusYears(1)));
            }
            LocalDate month = LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
            if (m.group(3) == null) {
                return Optional.of(days(month, month.plusMonths(1)));
            }
            LocalDate day = month.withDayOfMonth(Integer.parseInt(m.group(3)));
            return Optional.of(days(day, day.plusDays(1)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static When days(LocalDate from, LocalDate until) {
        return new When(from.atStartOfDay().toInstant(ZoneOffset.UTC), until.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** A Period: from its start to its end; an open end reaches as far as the other end allows. */
    public static Optional<When> period(JsonNode period) {
        Optional<When> start = dateTime(period.path("start").asText(null));
        Optional<When> end = dateTime(period.path("end").asText(null));
        if (start.isEmpty() && end.isEmpty()) {
            return Optional.empty();
        }
        Instant earliest = start.map(When::earliest).orElseGet(() -> end.get().earliest());
        Instant latest = end.map(When::latest).orElseGet(() -> start.get().latest());
        return Optional.of(new When(earliest, latest));
    }

    /**
     * When an Observation was made: {@code effectiveDateTime}, {@code effectiveInstant},
     * {@code effectivePeriod}, else {@code issued}; unknown when none is usable.
     */
    public static When effective(JsonNode observation) {
        return dateTime(observation.path("effectiveDateTime").asText(null))
                .or(() -> dateTime(observation.path("effectiveInstant").asText(null)))
                .or(() -> observation.has("effectivePeriod") ? period(observation.path("effectivePeriod"))
                        : Optional.empty())
                .or(() -> dateTime(observation.path("issued").asText(null)))
                .orElse(When.UNKNOWN);
    }

    /** When a QuestionnaireResponse was authored; unknown when it does not say. */
    public static When authored(JsonNode response) {
        return dateTime(response.path("authored").asText(null)).orElse(When.UNKNOWN);
    }
}
