package nl.wmotoezicht.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wmotoezicht.WmoToezichtApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules of the application (one per package under {@code nl.wmotoezicht}) and how they may depend on each
 * other, verified by Spring Modulith: no cycle between modules and no use of another module's internals. A new
 * cycle fails this test, and so the build. The test also writes the module diagrams into {@code docs/modules/}
 * (PlantUML), which {@code docs/architectuur.md} shows: commit them when the structure changes.
 */
class ModuleStructureTest {

  static final ApplicationModules MODULES = ApplicationModules.of(WmoToezichtApplication.class);

  @Test
  void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
    MODULES.verify();
  }

  @Test
  void theSharedKernelDependsOnNoOtherModule() {
    ApplicationModule kernel = MODULES.getModuleByName("kernel").orElseThrow();

    assertThat(kernel.getDirectDependencies(MODULES).uniqueModules().map(module -> module.getIdentifier().toString()))
        .as("modules the kernel depends on").isEmpty();
  }

  @Test
  void theCaseFileReadsNoProcessModule() {
    ApplicationModule casefile = MODULES.getModuleByName("casefile").orElseThrow();

    assertThat(casefile.getDirectDependencies(MODULES).uniqueModules().map(module -> module.getIdentifier().toString()))
        .as("modules the case file depends on")
        .doesNotContain("calamity", "investigation", "enforcement", "dwangsom", "publication");
  }

  @Test
  void identityReadsNoProcessModule() {
    ApplicationModule identity = MODULES.getModuleByName("identity").orElseThrow();

    assertThat(identity.getDirectDependencies(MODULES).uniqueModules().map(module -> module.getIdentifier().toString()))
        .as("modules identity depends on").containsOnly("kernel");
  }

  @Test
  void writesTheModuleDiagramsIntoDocs() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
  }
}
