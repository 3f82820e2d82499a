package org.impasseadvisor.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A FHIR server on 127.0.0.1 for the {@code fhirServer} path: it answers queries it was given answers
 * for (with a status and a delay), records every query and Authorization header, and serves one
 * thread per request so that slow answers do not hold up the others.
 */
final class LoopbackFhirServer implements AutoCloseable {

    record Answer(int status, String body, long delayMillis) {
    }

    private final HttpServer server;
    private final List<Map.Entry<Predicate<String>, Answer>> answers = new CopyOnWriteArrayList<>();
    final List<String> queries = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();

    LoopbackFhirServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/r4/", this::serve);
        server.start();
    }

    /** The base URL, as an EHR sends it in {@code fhirServer}. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/r4";
    }

    /** Answers every query containing this text (the first registered match wins; otherwise an empty Bundle). */
    LoopbackFhirServer answer(String queryContains, int status, JsonNode body, long delayMillis) {
        answers.add(Map.entry(q -> q.contains(queryContains), new Answer(status, body.toString(), delayMillis)));
        return this;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawPath().substring("/r4/".length())
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        queries.add(query);
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        Answer answer = answers.stream().filter(e -> e.getKey().test(query)).map(Map.Entry::getValue)
                .findFirst().orElse(new Answer(200, Charts.bundle().toString(), 0));
        try {
            Thread.sleep(answer.delayMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
        try {
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the service stopped waiting and closed the connection
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
