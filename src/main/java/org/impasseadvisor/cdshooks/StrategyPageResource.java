package org.impasseadvisor.cdshooks;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.stream.Collectors;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.Reference;
import org.impasseadvisor.engine.Strategy;

/**
 * {@code GET /strategies/{id}}: a strategy as a small HTML page a clinician can open from a card's
 * {@code source.url}. No token: it shows only the public catalog, never a patient's data, and an EHR
 * opens card links in a plain browser that has no token to send.
 */
@Path("/strategies/{id}")
public class StrategyPageResource {

    private final Map<String, String> pages;

    public StrategyPageResource(Engine engine) {
        Catalog catalog = engine.catalog();
        this.pages = catalog.strategies().stream()
                .collect(Collectors.toUnmodifiableMap(Strategy::id, strategy -> page(strategy, catalog.version())));
    }

    @GET
    @Produces("text/html;charset=utf-8")
    public Response page(@PathParam("id") String id) {
        String page = pages.get(id);
        if (page == null) {
            return Response.status(404).type("text/html;charset=utf-8")
                    .entity(html("Strategy not found", "<h1>Strategy not found</h1><p>The Impasse Advisor catalog has"
                            + " no strategy with this id.</p>")).build();
        }
        return Response.ok(page).header("Cache-Control", "public, max-age=3600").build();
    }

    private static String page(Strategy strategy, String version) {
        StringBuilder body = new StringBuilder()
                .append("<h1>").append(escape(strategy.title())).append("</h1>\n<p>")
                .append(escape(strategy.summary())).append("</p>\n<h2>Steps</h2>\n<ol>\n");
        strategy.steps().forEach(step -> body.append("<li>").append(escape(step)).append("</li>\n"));
        body.append("</ol>\n");
        if (!strategy.cautions().isEmpty()) {
            body.append("<h2>Cautions</h2>\n<ul>\n");
            strategy.cautions().forEach(caution -> body.append("<li>").append(escape(caution)).append("</li>\n"));
            body.append("</ul>\n");
        }
        if (!strategy.references().isEmpty()) {
            body.append("<h2>References</h2>\n<ul>\n");
            strategy.references().forEach(reference -> body.append(item(reference)));
            body.append("</ul>\n");
        }
        body.append("<p><small>Impasse Advisor catalog ").append(escape(version))
                .append(". Decision support for the treating clinician, not a substitute for clinical judgement.")
                .append("</small></p>\n");
        return html(strategy.title(), body.toString());
    }

    private static String item(Reference reference) {
        return "<li>" + (reference.url() == null ? escape(reference.citation())
                : "<a href=\"" + escape(reference.url()) + "\">" + escape(reference.citation()) + "</a>") + "</li>\n";
    }

    private static String html(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " · Impasse Advisor</title>\n"
                + "<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
                + "line-height:1.5}</style>\n</head>\n<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
