package org.leakaid.app;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The app's feature boundaries. Each feature package (account, cases, evidence, documents, law,
 * numbers, protect, ...) keeps its storage to itself and offers a small public API; features do not
 * form cycles, so each can be read, tested and changed from its own package downwards.
 */
class ArchitectureTest {
  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.leakaid.app");

  private static final String[] FEATURES_BUT_ACCOUNT = {
    "org.leakaid.app.cases..",
    "org.leakaid.app.evidence..",
    "org.leakaid.app.documents..",
    "org.leakaid.app.numbers..",
    "org.leakaid.app.protect..",
    "org.leakaid.app.sources.."
  };

  @Test
  void repositoriesAreTheirFeaturesOwn() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Repository")
        .should()
        .notBePublic()
        .because("a feature's tables are read and written through its own API only")
        .check(APP);
  }

  @Test
  void featuresDoNotDependOnEachOtherInCycles() {
    // web is the shared shell every feature plugs into (errors, layout, security), so it is left
    // out here and held to its own rule below.
    slices()
        .matching("org.leakaid.app.(*)..")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(resideInAPackage("org.leakaid.app.web.."), alwaysTrue())
        .ignoreDependency(alwaysTrue(), resideInAPackage("org.leakaid.app.web.."))
        .because("a cycle between features means neither can be understood or changed alone")
        .check(APP);
  }

  @Test
  void theWebShellKnowsOnlyAccountsAmongTheFeatures() {
    noClasses()
        .that()
        .resideInAPackage("org.leakaid.app.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FEATURES_BUT_ACCOUNT)
        .because("features plug into the shell through its interfaces (HomeSection, NavLink...)")
        .check(APP);
  }

  @Test
  void storageLoggingAndTheLawLibrarySitBelowTheFeatures() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.leakaid.app.storage..", "org.leakaid.app.logging..", "org.leakaid.app.law..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FEATURES_BUT_ACCOUNT)
        .because("storage, logging and the law library sit below every feature")
        .check(APP);
  }
}
