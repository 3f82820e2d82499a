package org.impasseadvisor.embed;

import io.quarkiverse.web.bundler.runtime.Bundle;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /embed/impasse-advisor.js}: the {@code <impasse-advisor>} web component as one ES module, at a
 * stable address an app can put in its page. The Web Bundler builds it (with Lit) into a file whose name
 * carries its content hash; this serves that file's content, without the source-map comment (the map is
 * not under /embed), with the hash as ETag. It imports nothing else, so nothing is fetched from outside.
 */
@Path("/embed/impasse-advisor.js")
public class ComponentScript {

    static final String BUNDLE = "app";
    private static final String JAVASCRIPT = "text/javascript;charset=utf-8";
    private static final CacheControl FIVE_MINUTES = CacheControl.valueOf("max-age=300");

    private final byte[] script;
    private final EntityTag tag;

    public ComponentScript(Bundle bundle) {
        String path = bundle.script(BUNDLE);
        if (path == null) {
            throw new IllegalStateException("The web component's bundle '" + BUNDLE + "' was not built");
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/resources" + path)) {
            if (in == null) {
                throw new IllegalStateException("The web component's bundle " + path + " is not on the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("\\n//# sourceMappingURL=\\S+\\s*$", "\n");
            this.script = text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.tag = new EntityTag(path.substring(path.lastIndexOf('/') + 1));
    }

    @GET
    @NonBlocking
    @Produces(JAVASCRIPT)
    public Response script(@Context Request request) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(script, JAVASCRIPT);
        return answer.tag(tag).cacheControl(FIVE_MINUTES).build();
    }
}
