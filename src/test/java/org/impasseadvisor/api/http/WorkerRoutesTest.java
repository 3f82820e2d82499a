package org.impasseadvisor.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * The overload guard bounds worker-thread requests by path, before the REST layer matches them: every
 * resource method must fall under the bound of the threads that really serve it.
 */
class WorkerRoutesTest {

    private record Endpoint(String method, String path, boolean blocking) {
    }

    @Test
    void everyEndpointIsBoundedWithTheThreadsThatServeIt() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("the resource methods found").hasSizeGreaterThan(10)
                .anyMatch(Endpoint::blocking).anyMatch(endpoint -> !endpoint.blocking());
        for (Endpoint endpoint : endpoints) {
            assertThat(WorkerRoutes.servedByWorker(endpoint.path()))
                    .as("%s %s is served on %s", endpoint.method(), endpoint.path(),
                            endpoint.blocking() ? "a worker thread" : "an event loop")
                    .isEqualTo(endpoint.blocking());
        }
    }

    @Test
    void theRecommendationIsAnEventLoopRequestAndItsFeedbackIsNot() {
        assertThat(WorkerRoutes.servedByWorker("/api/v1/recommendations")).isFalse();
        assertThat(WorkerRoutes.servedByWorker("/api/v1/recommendations/0d6b4c46/feedback")).isTrue();
        assertThat(WorkerRoutes.servedByWorker("/cds-services/impasse-advisor-patient-view")).isTrue();
        assertThat(WorkerRoutes.servedByWorker("/embed/impasse-advisor.js")).isFalse();
    }

    /** Every JAX-RS resource method of the service, with the path it answers (templates filled with "x"). */
    private static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (JavaClass imported : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.impasseadvisor")) {
            Class<?> type = imported.reflect();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = (root.value() + (sub == null ? "" : "/" + sub.value()))
                        .replaceAll("\\{[^}]*}", "x").replaceAll("/+", "/");
                endpoints.add(new Endpoint(verb, path, blocking(type, method)));
            }
        }
        return endpoints;
    }

    private static String verb(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
    }

    /** Quarkus REST's rule: blocking unless marked non-blocking or returning a reactive type. */
    private static boolean blocking(Class<?> type, Method method) {
        if (method.isAnnotationPresent(NonBlocking.class) || type.isAnnotationPresent(NonBlocking.class)) {
            return false;
        }
        Class<?> returned = method.getReturnType();
        return !(Uni.class.isAssignableFrom(returned) || Multi.class.isAssignableFrom(returned)
                || CompletionStage.class.isAssignableFrom(returned));
    }
}
