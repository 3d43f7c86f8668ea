package nl.wmotoezicht.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.wmotoezicht.kernel.ProcessVariable;
import org.junit.jupiter.api.Test;

/**
 * The demo history (demo/DemoHistory) fills in the processes' forms and messages by the modules' {@code ProcessVariable}
 * constants, never by a name written as a string: a renamed variable then breaks the build instead of the demo (its
 * form would get a field nobody reads, and the process would stop or take another path). The check: no string literal
 * in DemoHistory equals the name of a {@code ProcessVariable} constant anywhere in the main code. A value that happens
 * to equal a variable's name would be reported too; none does, and such a value can be named by its own constant.
 */
class DemoHistoryVariableNamesTest {

  private static final Path SOURCE = Path.of("src", "main", "java", "nl", "wmotoezicht", "demo", "DemoHistory.java");
  private static final Path CLASSES = Path.of("target", "classes");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  @Test
  void demoHistoryWritesNoVariableNameAsAString() throws Exception {
    Set<String> names = processVariableNames();

    List<String> found = variableNamesWrittenAsStrings(Files.readAllLines(SOURCE), names);

    assertThat(found).as("variable names written as strings in DemoHistory; use the module's ProcessVariable "
        + "(add one next to the form's other variables when there is none)").isEmpty();
  }

  @Test
  void theScanKnowsTheVariablesOfEveryModuleAndFindsANameWrittenAsAString() throws Exception {
    Set<String> names = processVariableNames();
    // a variable of each kind of module: kernel, a process's own, a form field, one named by a delegate
    assertThat(names).contains("municipalityCode", "reporterReference", "contactDate", "hearingPlace",
        "collectionDecision", "violation");

    assertThat(variableNamesWrittenAsStrings(List.of(
        "    complete(caseNumber, CalamityProcess.Elements.CONTACT_REPORTER, vars(\"contactDate\",",
        "    decided.put(\"objectionMotivation\", \"De last is terecht opgelegd.\");",
        "    complete(closed, CHOOSE_INVESTIGATION, vars(INVESTIGATION_BY, \"toezichthouder\"));"), names))
        .containsExactly("1: \"contactDate\"", "2: \"objectionMotivation\"");
  }

  private static List<String> variableNamesWrittenAsStrings(List<String> lines, Set<String> names) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher literal = STRING_LITERAL.matcher(lines.get(i));
      while (literal.find()) {
        if (names.contains(literal.group(1))) {
          found.add((i + 1) + ": \"" + literal.group(1) + "\"");
        }
      }
    }
    return found;
  }

  /** The names of all {@code ProcessVariable} constants of the main code (the compiled classes). */
  private static Set<String> processVariableNames() throws IOException, ReflectiveOperationException {
    Set<String> names = new TreeSet<>();
    List<Path> classFiles;
    try (Stream<Path> files = Files.walk(CLASSES.resolve(Path.of("nl", "wmotoezicht")))) {
      classFiles = files.filter(f -> f.toString().endsWith(".class")).toList();
    }
    ClassLoader loader = DemoHistoryVariableNamesTest.class.getClassLoader();
    for (Path file : classFiles) {
      String relative = CLASSES.relativize(file).toString();
      String className = relative.substring(0, relative.length() - ".class".length())
          .replace(file.getFileSystem().getSeparator(), ".");
      Class<?> type = Class.forName(className, false, loader);
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
          field.setAccessible(true);
          names.add(((ProcessVariable<?>) field.get(null)).name());
        }
      }
    }
    return names;
  }
}
