package cn.kunming.kjj.carrier;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

/** The layout rules of DESIGN.md, checked on the compiled classes (each ArchUnit {@code check} fails the test). */
class ArchitectureTest {

    private static final String BASE = "cn.kunming.kjj.carrier";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    /**
     * Dates are read from the portal's {@link java.time.Clock}, never the machine's: deadlines, periods and locks must
     * agree between a page and its service, and tests move that clock (a page on the machine's date and a service on
     * the portal's showed one day and enforced another). Elapsed time ({@code Instant.now()}) is not a date.
     */
    @Test
    void datesAreReadFromThePortalsClock() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.YearMonth.class, "now")
                .orShould().callMethod(java.time.Year.class, "now")
                .check(CLASSES);
    }

    @Test
    void viewsTalkToServicesOnlyNeverToJooqOrRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", BASE + ".jooq..", "..repository..")
                .check(CLASSES);
    }

    @Test
    void generatedJooqCodeIsUsedOnlyInsideJooqClasses() {
        noClasses().that().resideOutsideOfPackage(BASE + ".jooq..")
                .and().haveSimpleNameNotStartingWith("Jooq")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".jooq..")
                .check(CLASSES);
    }

    /** Enum columns are read through jOOQ's enum converters (generated with the schema), never parsed by hand. */
    @Test
    void jooqClassesReadNoEnumByName() {
        noClasses().that().haveSimpleNameStartingWith("Jooq")
                .should().callMethodWhere(new DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethodCall>(
                        "valueOf(String) of a portal enum") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaMethodCall call) {
                        return call.getName().equals("valueOf") && call.getTargetOwner().isEnum()
                                && call.getTargetOwner().getPackageName().startsWith(BASE);
                    }
                })
                .check(CLASSES);
    }

    @Test
    void onlyJooqClassesHoldADslContext() {
        noClasses().that().haveSimpleNameNotStartingWith("Jooq")
                .should().dependOnClassesThat().areAssignableTo(DSLContext.class)
                .check(CLASSES);
    }

    @Test
    void everyPublicServiceMethodIsSecuredOrRunsOnlyInsideAnotherServicesTransaction() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                .should(new ArchCondition<>("be secured with @PreAuthorize") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean secured = method.isAnnotatedWith(PreAuthorize.class);
                        boolean mandatoryTransaction = method.isAnnotatedWith(Transactional.class)
                                && method.getAnnotationOfType(Transactional.class).propagation() == Propagation.MANDATORY;
                        if (!secured && !mandatoryTransaction) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " is not secured"));
                        }
                    }
                })
                .check(CLASSES);
    }

    /** A rule of access is spelled once, in {@code Access}: no service writes its own expression. */
    @Test
    void everyPreAuthorizeNamesAnAccessRule() throws IllegalAccessException {
        Set<String> rules = new java.util.HashSet<>();
        for (java.lang.reflect.Field f : cn.kunming.kjj.carrier.security.Access.class.getFields()) {
            rules.add((String) f.get(null));
        }
        methods().that().areAnnotatedWith(PreAuthorize.class)
                .should(new ArchCondition<>("name a rule of Access") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        String value = method.getAnnotationOfType(PreAuthorize.class).value();
                        if (!rules.contains(value)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " spells " + value));
                        }
                    }
                })
                .check(CLASSES);
    }

    @Test
    void servicesUsePreAuthorizeSoThatRolesAllowedStaysWithViews() {
        // @RolesAllowed on a Spring-created view would make method security proxy the component
        noMethods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .check(CLASSES);
        noClasses().that().resideInAPackage("..ui..").should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    /**
     * Only {@code @PreAuthorize}'s interceptor is set up (decision 0045): any other method-security annotation would
     * be read by nothing and guard nothing.
     */
    @Test
    void noMethodSecurityAnnotationButPreAuthorizeIsUsedForOnlyItsInterceptorRuns() {
        for (Class<? extends java.lang.annotation.Annotation> unenforced : List.of(
                org.springframework.security.access.prepost.PostAuthorize.class,
                org.springframework.security.access.prepost.PreFilter.class,
                org.springframework.security.access.prepost.PostFilter.class,
                org.springframework.security.access.annotation.Secured.class,
                org.springframework.security.authorization.method.AuthorizeReturnObject.class,
                org.springframework.security.authorization.method.HandleAuthorizationDenied.class)) {
            noClasses().should().beAnnotatedWith(unenforced).check(CLASSES);
            noMethods().should().beAnnotatedWith(unenforced).check(CLASSES);
        }
    }

    @Test
    void theAuditTrailHasNoUpdateOrDeletePath() {
        Set<String> mutating = Set.of("update", "delete", "deleteFrom", "truncate", "truncateTable", "mergeInto");
        noClasses().that().haveSimpleName("JooqAuditRepository")
                .should().callMethodWhere(dslCall("update or delete through jOOQ", mutating))
                .check(CLASSES);
        // the chain writer fills in the chain columns of new events (an update) and can do nothing else
        noClasses().that().haveSimpleName("JooqAuditChainWriter")
                .should().callMethodWhere(dslCall("delete through jOOQ",
                        Set.of("delete", "deleteFrom", "truncate", "truncateTable", "mergeInto", "insertInto")))
                .check(CLASSES);
        // the volume's audit trail (profiles volume + demo only) appends a pre-chained history and moves the head; it deletes
        // nothing (it updates nothing but the head, which has no other row to update)
        noClasses().that().haveSimpleName("JooqVolumeAuditTrail")
                .should().callMethodWhere(dslCall("delete through jOOQ",
                        Set.of("delete", "deleteFrom", "truncate", "truncateTable", "mergeInto")))
                .check(CLASSES);
        // and no other class reaches the audit tables at all
        for (String table : List.of("AUDIT_EVENT", "AUDIT_CHAIN_HEAD", "AUDIT_CHAIN_CHECK")) {
            noClasses().that().doNotHaveSimpleName("JooqAuditRepository").and().doNotHaveSimpleName("JooqAuditChainWriter")
                    .and().doNotHaveSimpleName("JooqVolumeAuditTrail")
                    .and().resideOutsideOfPackage(BASE + ".jooq..")
                    .should().accessField(cn.kunming.kjj.carrier.jooq.Tables.class, table)
                    .check(CLASSES);
        }
    }

    private static DescribedPredicate<JavaCall<?>> dslCall(String description, Set<String> names) {
        return new DescribedPredicate<>(description) {
            @Override
            public boolean test(JavaCall<?> call) {
                return call.getTargetOwner().isAssignableTo(DSLContext.class) && names.contains(call.getName());
            }
        };
    }

    /**
     * Attachment storage is a module of its own that features use; it depends on no feature (so that a feature using
     * it, such as unit registration for licence scans, closes no cycle with the dossier feature).
     */
    @Test
    void storageDependsOnNoFeature() {
        noClasses().that().resideInAPackage(BASE + ".storage..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("a feature's class",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith(BASE + ".")
                                && !c.getPackageName().startsWith(BASE + ".common")
                                && !c.getPackageName().startsWith(BASE + ".storage")))
                .check(CLASSES);
    }

    /** What every feature may use depends on no feature (the application shell lives in shell/, not in common/). */
    @Test
    void theCommonsDependOnNoFeature() {
        noClasses().that().resideInAPackage(BASE + ".common..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("a feature's class",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith(BASE + ".")
                                && !c.getPackageName().startsWith(BASE + ".common")
                                && !c.getPackageName().startsWith(BASE + ".jooq")))
                .check(CLASSES);
    }

    @Test
    void theDomainCommonsDependOnNoFramework() {
        noClasses().that().resideInAPackage(BASE + ".common")
                .and().haveSimpleNameNotEndingWith("Config")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "org.jooq..")
                .check(CLASSES);
    }

    /** A CSV written elsewhere would skip the neutralising of formula cells (security finding 5). */
    @Test
    void everyCsvIsWrittenThroughTheWriterThatNeutralisesFormulas() {
        noClasses().that().doNotHaveFullyQualifiedName(BASE + ".common.CsvWriter")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
                .check(CLASSES);
    }

    /**
     * Vaadin's ready-made upload handlers read the whole request before any size check (security finding 2); every
     * upload is a {@code LimitedUpload}, which stops reading at its limit.
     */
    @Test
    void everyUploadStopsReadingAtItsLimit() {
        noClasses().that().doNotHaveFullyQualifiedName(BASE + ".common.ui.LimitedUpload")
                .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn(
                                com.vaadin.flow.component.upload.Upload.class)))
                .check(CLASSES);
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName(
                        "com.vaadin.flow.server.streams.InMemoryUploadHandler")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.server.streams.FileUploadHandler")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "com.vaadin.flow.server.streams.TemporaryFileUploadHandler")
                .check(CLASSES);
    }

    /**
     * Attachments travel as streams end to end (decision 0039). The store hands out and takes no whole file: no public
     * method of {@code AttachmentStore} takes or returns {@code byte[]}. And no class that receives uploads or opens
     * stored files (it depends on {@code UploadedFile}, {@code ContentStream} or {@code AttachmentStore}) reads a
     * stream or a file whole. The exceptions are named: storage itself, and {@code LimitedUpload}, whose
     * {@code wholeFile} hands imported tables and document templates to POI (which reads them whole anyway).
     */
    @Test
    void attachmentsAreNeverHeldWholeInMemory() {
        noMethods().that().areDeclaredIn(cn.kunming.kjj.carrier.storage.AttachmentStore.class).and().arePublic()
                .should().haveRawReturnType(byte[].class)
                .orShould(new ArchCondition<>("take a byte[]") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        if (method.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(byte[].class))) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes a byte[]"));
                        }
                    }
                })
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage(BASE + ".storage..")
                .and().doNotHaveFullyQualifiedName(BASE + ".common.ui.LimitedUpload")
                .and().doNotHaveFullyQualifiedName(BASE + ".common.UploadedFile")
                .and(DescribedPredicate.describe("receive uploads or open stored files", (JavaClass c) ->
                        c.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass().getName()).anyMatch(Set.of(
                                BASE + ".common.UploadedFile", BASE + ".common.ContentStream",
                                BASE + ".storage.AttachmentStore")::contains)))
                .should().callMethodWhere(new DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethodCall>(
                        "a read of a whole stream or file") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaMethodCall call) {
                        JavaClass owner = call.getTargetOwner();
                        String name = call.getName();
                        return owner.isAssignableTo(java.io.InputStream.class) && (name.equals("readAllBytes")
                                || name.equals("readNBytes") && call.getTarget().getRawParameterTypes().size() == 1)
                                || owner.isEquivalentTo(java.nio.file.Files.class) && name.equals("readAllBytes");
                    }
                })
                .check(CLASSES);
    }

    @Test
    void viewsArePackagePrivateWherePossible() {
        classes().that().resideInAPackage("..ui..").and().areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .and().doNotHaveSimpleName("LoginView")
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    /**
     * The module map of decision 0022: the feature packages form a graph without cycles, so each can be read, changed
     * and tested with only the features below it. A reaction upward travels as an event or through an interface the
     * lower feature declares (a notification, a reminder, a section of another feature's page).
     */
    @Test
    void noCycleBetweenFeaturePackages() {
        // the generated jOOQ code mirrors the schema, with each enum column typed by the feature's enum: it is no feature
        SlicesRuleDefinition.slices().matching(BASE + ".(*)..").should().beFreeOfCycles()
                .ignoreDependency(DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(BASE + ".jooq.."))
                .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(BASE + ".jooq.."),
                        DescribedPredicate.alwaysTrue())
                .check(CLASSES);
    }

    /**
     * A feature's repository package is its own: other features use its services or the narrow interface at its
     * root. The demo data loader (profile demo only) is the one exception: it writes fixtures straight to the tables.
     */
    @Test
    void aFeaturesRepositoriesAreUsedByThatFeatureAlone() {
        classes().that().resideInAPackage(BASE + ".*.repository..")
                .should(new ArchCondition<>("be used by their own feature only") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        String owner = featureOf(repository);
                        for (Dependency use : repository.getDirectDependenciesToSelf()) {
                            String user = featureOf(use.getOriginClass());
                            if (user != null && !user.equals(owner) && !user.equals("demo")) {
                                events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                            }
                        }
                    }
                })
                .check(CLASSES);
    }

    private static String featureOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(BASE + ".")) {
            return null;
        }
        String rest = pkg.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /**
     * Every package is {@code @NullMarked} (decision 0024): NullAway checks each at compile time, and a new package is
     * marked from its first class.
     */
    @Test
    void everyPackageIsNullMarked() {
        Set<String> unmarked = new java.util.TreeSet<>();
        CLASSES.stream().map(JavaClass::getPackage).distinct()
                .filter(p -> !p.getName().startsWith(BASE + ".jooq"))
                .filter(p -> !p.isAnnotatedWith(org.jspecify.annotations.NullMarked.class))
                .forEach(p -> unmarked.add(p.getName()));
        assertThat(unmarked).as("packages without @NullMarked in package-info.java").isEmpty();
    }
}
