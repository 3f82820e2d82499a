package org.impasseadvisor.api.insights;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.impasseadvisor.advice.insights.Insights;
import org.impasseadvisor.advice.insights.InsightsQuery;
import org.impasseadvisor.api.problem.Problem;
import org.impasseadvisor.api.problem.ProblemException;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.json.FieldError;
import org.impasseadvisor.descriptor.json.JsonFields;

/** {@code GET /api/v1/insights/strategies}: how each strategy fared, for catalog curators. */
@Path("/api/v1/insights/strategies")
public class InsightsResource {

    private final Insights insights;

    public InsightsResource(Insights insights) {
        this.insights = insights;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public InsightsView strategies(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("rootCause") String rootCause) {
        List<FieldError> errors = new ArrayList<>();
        Instant start = instant("from", from, errors);
        Instant end = instant("to", to, errors);
        RootCause cause = null;
        if (rootCause != null) {
            try {
                cause = RootCause.valueOf(rootCause);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("rootCause", "'" + JsonFields.abbreviate(rootCause)
                        + "' is not an allowed value", JsonFields.allowedValues(RootCause.class)));
            }
        }
        if (start != null && end != null && !start.isBefore(end)) {
            errors.add(FieldError.of("to", "must be after from"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("The insights query has " + errors.size()
                    + " problem(s); each is listed in errors.", errors));
        }
        InsightsQuery query = new InsightsQuery(start, end, cause);
        return new InsightsView(start, end, cause, insights.strategies(query));
    }

    /** An ISO-8601 instant, or a date meaning the start of that day in UTC. */
    private static Instant instant(String field, String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "must be a date (2026-11-01) or an instant (2026-11-01T09:30:00Z), was '"
                    + JsonFields.abbreviate(value) + "'"));
            return null;
        }
    }
}
