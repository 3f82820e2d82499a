package org.impasseadvisor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain (descriptor, engine, catalog) is plain Java that another JVM application could embed; the adapters
 * (REST API, CDS Hooks) use the application layer ({@code advice}), which alone uses the record store
 * ({@code records}).
 */
@AnalyzeClasses(packages = "org.impasseadvisor", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule domainImportsNoFramework = noClasses()
            .that().resideInAnyPackage("org.impasseadvisor.descriptor..", "org.impasseadvisor.engine..",
                    "org.impasseadvisor.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.quarkus..", "jakarta.enterprise..", "jakarta.inject..", "jakarta.ws.rs..",
                    "jakarta.persistence..", "org.hibernate..", "io.vertx..", "org.jboss.resteasy..")
            .because("descriptor, engine and catalog must stay free of Quarkus, CDI, JAX-RS and JPA");

    @ArchTest
    static final ArchRule engineDoesNotKnowTheCatalog = noClasses()
            .that().resideInAPackage("org.impasseadvisor.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.impasseadvisor.catalog..",
                    "org.impasseadvisor.api..", "org.impasseadvisor.advice..")
            .because("dependencies point one way: the catalog and the API use the engine, never the reverse");

    @ArchTest
    static final ArchRule descriptorDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.impasseadvisor.descriptor..")
            .should().dependOnClassesThat().resideInAnyPackage("org.impasseadvisor.engine..",
                    "org.impasseadvisor.catalog..", "org.impasseadvisor.api..", "org.impasseadvisor.advice..")
            .because("the descriptor is the input contract that everything else reads");

    @ArchTest
    static final ArchRule adaptersNeverTouchTheRecords = noClasses()
            .that().resideInAnyPackage("org.impasseadvisor.api..", "org.impasseadvisor.cdshooks..")
            .should().dependOnClassesThat().resideInAPackage("org.impasseadvisor.records..")
            .because("the REST API and CDS Hooks go through the application layer (advice), never to storage");

    @ArchTest
    static final ArchRule recordsAreOnlyStorage = noClasses()
            .that().resideInAPackage("org.impasseadvisor.records..")
            .should().dependOnClassesThat().resideInAnyPackage("org.impasseadvisor.api..",
                    "org.impasseadvisor.cdshooks..", "org.impasseadvisor.advice..", "org.impasseadvisor.engine..")
            .because("the record store keeps what the application layer gives it and knows nothing above it");

    @ArchTest
    static final ArchRule adviceKnowsNoAdapter = noClasses()
            .that().resideInAPackage("org.impasseadvisor.advice..")
            .should().dependOnClassesThat().resideInAnyPackage("org.impasseadvisor.api..",
                    "org.impasseadvisor.cdshooks..")
            .because("the application layer serves every adapter alike and depends on none of them");
}
