package org.impasseadvisor.api.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.impasseadvisor.advice.Advice;
import org.impasseadvisor.advice.Advisor;
import org.impasseadvisor.advice.Channel;
import org.impasseadvisor.api.problem.Problem;
import org.impasseadvisor.api.problem.ProblemException;
import org.impasseadvisor.descriptor.json.DescriptorReader;
import org.impasseadvisor.descriptor.json.DescriptorReading;
import org.impasseadvisor.descriptor.json.JsonFields;
import org.impasseadvisor.engine.Engine;
import io.smallrye.common.annotation.NonBlocking;

/** {@code POST /api/v1/recommendations}: an impasse descriptor in, ranked and explained strategies out. */
@Path("/api/v1/recommendations")
public class RecommendationResource {

    private final Advisor advisor;
    private final RecommendationViews views;
    private final Summaries summaries;

    public RecommendationResource(Advisor advisor, Engine engine) {
        this.advisor = advisor;
        this.views = new RecommendationViews(engine.catalog());
        this.summaries = new Summaries(engine.catalog());
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RecommendationView recommend(JsonNode body, @QueryParam("explain") String explain) {
        Explain level = Explain.parse(explain);
        DescriptorReading reading = DescriptorReader.read(body);
        if (!reading.isValid()) {
            int listed = reading.errors().size();
            throw new ProblemException(Problem.invalid(listed > JsonFields.MAX_LISTED_ERRORS
                    ? "The impasse descriptor has more than " + JsonFields.MAX_LISTED_ERRORS
                            + " problems; the first are listed in errors, and how many more."
                    : "The impasse descriptor has " + listed + " problem(s); each is listed in errors.",
                    reading.errors()));
        }
        Advice advice = advisor.recommend(reading.descriptor(), level != Explain.NONE, Channel.REST, null);
        return views.of(advice, level == Explain.NONE ? null : summaries, level == Explain.FULL);
    }
}
