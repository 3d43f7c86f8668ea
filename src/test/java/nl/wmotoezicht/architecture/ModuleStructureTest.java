package nl.wmotoezicht.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
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
  static final Path DIAGRAMS = Path.of("docs", "modules");

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
  void writesTheModuleDiagramsIntoDocs() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    try (Stream<Path> files = Files.list(DIAGRAMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
        Files.writeString(file, inStableOrder(Files.readString(file)));
      }
    }
  }

  /**
   * The Documenter lists modules and relations in no fixed order; sorted, an unchanged structure gives unchanged
   * files (the order of these lines does not change the drawing).
   */
  static String inStableOrder(String diagram) {
    List<String> lines = new ArrayList<>(diagram.lines().toList());
    sortRuns(lines, line -> line.startsWith("  Component("));
    sortRuns(lines, line -> line.startsWith("Rel("));
    return String.join("\n", lines) + "\n";
  }

  private static void sortRuns(List<String> lines, Predicate<String> kind) {
    int i = 0;
    while (i < lines.size()) {
      if (!kind.test(lines.get(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < lines.size() && kind.test(lines.get(end))) {
        end++;
      }
      lines.subList(i, end).sort(Comparator.naturalOrder());
      i = end;
    }
  }
}
