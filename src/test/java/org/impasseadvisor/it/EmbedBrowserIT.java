package org.impasseadvisor.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.impasseadvisor.node.NodeTools;
import org.junit.jupiter.api.Test;

/**
 * The web component as an app embeds it: the README's snippet in a page served from another origin (a
 * second loopback port, listed in impasse.api.cors.origins), against the packaged jar, in headless
 * Chromium driven by Playwright (src/test/js/embed-browser.mjs): the form from the catalog, a 400
 * problem, a normal case, an accept that shows up in the insights, an override, a risk case (alert
 * first, safety planning pinned, withheld with reasons), axe-core on the element, a phone-width page
 * and nothing fetched from any other origin. Screenshots are left in target/embed-browser.
 */
class EmbedBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @Test
    void theComponentWorksInAPageOfAnotherOrigin() throws Exception {
        NodeTools.require(Files.isExecutable(CHROMIUM), "Debian's chromium (" + CHROMIUM + ")");
        NodeTools.install();
        HttpServer host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String hostOrigin = "http://127.0.0.1:" + host.getAddress().getPort();
        try (PackagedService service = new PackagedService("impasse.api.cors.origins=" + hostOrigin)) {
            service.start();
            String serviceUrl = "http://127.0.0.1:" + service.port;
            byte[] page = hostPage(serviceUrl).getBytes(StandardCharsets.UTF_8);
            host.createContext("/", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
            host.start();
            Path shots = Files.createDirectories(Path.of("target/embed-browser").toAbsolutePath());
            NodeTools.Run run = NodeTools.run(NodeTools.DIR, 300, Map.of("CHROMIUM", CHROMIUM.toString()),
                    List.of("node", "embed-browser.mjs", hostOrigin + "/", serviceUrl, shots.toString()));
            System.out.println(run.output());
            assertThat(run.exitCode()).as("embed-browser.mjs:%n%s", run.output()).isZero();
            assertThat(run.output()).contains("8 passed, 0 failed");
        } finally {
            host.stop(0);
        }
    }

    /** An app's page with the README's three-line snippet. */
    private static String hostPage(String service) {
        return """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Therapy notes</title>
                <script type="module" src="%1$s/embed/impasse-advisor.js"></script>
                </head>
                <body><main><h1>Therapy notes</h1>
                <impasse-advisor id="form-case" base-url="%1$s" limit="5"></impasse-advisor>
                </main></body>
                </html>
                """.formatted(service);
    }
}
