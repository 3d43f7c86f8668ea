package nl.wmotoezicht.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A model names a term ({@code termijnen.bezwaar}), it never says how long it is: no ISO period, no working-day count
 * and no day arithmetic in {@code processes/*.bpmn}, nor a period literal in the Java code. The lengths live in
 * {@code terms/termijnen.yaml} only ({@code docs/termijnen.md}).
 */
class ModelTermLiteralsTest {

  /** Models not yet converted to named terms: none; a model added here must be listed in {@code docs/termijnen.md}. */
  static final Set<String> NOT_YET_CONVERTED = Set.of();

  /** Java sources not yet converted to named terms: none. */
  static final Set<String> JAVA_NOT_YET_CONVERTED = Set.of();

  /** An ISO period (P6W, P3M, P10WD) as a whole token. */
  private static final Pattern PERIOD = Pattern.compile("(?<![\\w-])P\\d+(?:WD|[YMWD])(?![\\w-])");
  /** A count handed to term arithmetic: workingDaysFromToday(5), workingDaysBefore(x, 5), minusDays(x, 56). */
  private static final Pattern COUNT = Pattern.compile(
      "terms\\.(?:workingDaysFromToday|workingDaysBefore|minusDays|plusDays)\\([^)]*?\\d+\\s*\\)");
  private static final Pattern DOCUMENTATION = Pattern.compile("<bpmn:documentation>.*?</bpmn:documentation>",
      Pattern.DOTALL);
  /** A Java string literal that is exactly a period. */
  private static final Pattern JAVA_PERIOD = Pattern.compile("\"P\\d+(?:WD|[YMWD])\"");

  @Test
  void noModelSaysHowLongATermIs() throws IOException {
    List<String> found = new ArrayList<>();
    List<String> scanned = new ArrayList<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        if (NOT_YET_CONVERTED.contains(model.getFileName().toString())) {
          continue;
        }
        scanned.add(model.getFileName().toString());
        termLiterals(Files.readString(model)).forEach(literal -> found.add(model.getFileName() + ": " + literal));
      }
    }
    assertThat(scanned).contains("calamiteit.bpmn", "signaalonderzoek.bpmn", "interventiepiramide.bpmn",
        "openbaarmaking.bpmn", "bezwaar.bpmn", "lastOnderDwangsom.bpmn", "invorderingDwangsom.bpmn", "jaarplan.bpmn",
        "jaarplanBesluit.bpmn", "kwaliteitsonderzoek.bpmn");
    assertThat(found).as("term literals; name the term in terms/termijnen.yaml and use termijnen.<naam>").isEmpty();
  }

  @Test
  void noJavaCodeSaysHowLongATermIs() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !JAVA_NOT_YET_CONVERTED.contains(p.getFileName().toString())).toList()) {
        Matcher m = JAVA_PERIOD.matcher(Files.readString(source));
        while (m.find()) {
          found.add(source + ": " + m.group());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theScanFindsTheLiteralsTheModelsUsedToHave() {
    assertThat(termLiterals("<bpmn:userTask camunda:dueDate=\"${terms.decisionEnd(terms.today(), 'P6W')}\"/>"))
        .containsExactly("P6W");
    assertThat(termLiterals("<camunda:outputParameter name=\"viewTerm\">P2W</camunda:outputParameter>"))
        .containsExactly("P2W");
    assertThat(termLiterals("<x camunda:dueDate=\"${terms.workingDaysFromToday(5)}\"/>")).hasSize(1);
    assertThat(termLiterals("<bpmn:timeDate>${terms.workingDaysBefore(providerInvestigationDeadline, 5)}</bpmn:timeDate>"))
        .hasSize(1);
    assertThat(termLiterals("<bpmn:timeDate>${terms.minusDays(verjaringDate, 56)}</bpmn:timeDate>")).hasSize(1);
    assertThat(termLiterals("<bpmn:timeDate>${terms.endTimer(noticeSentOn, termijnen.aanmaning)}</bpmn:timeDate>"))
        .isEmpty();
    assertThat(termLiterals("<bpmn:documentation>Praktijk: P6W.</bpmn:documentation>")).isEmpty();
    assertThat(termLiterals("<bpmn:userTask id=\"Task_P2W\" name=\"Stap 2\"/>")).isEmpty();
  }

  /** The term literals in a model, leaving out its documentation texts (which may explain a term in words). */
  static List<String> termLiterals(String xml) {
    String code = DOCUMENTATION.matcher(xml).replaceAll("");
    List<String> found = new ArrayList<>();
    for (Pattern pattern : List.of(PERIOD, COUNT)) {
      Matcher m = pattern.matcher(code);
      while (m.find()) {
        found.add(m.group());
      }
    }
    return found;
  }
}
