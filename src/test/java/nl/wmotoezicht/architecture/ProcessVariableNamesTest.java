package nl.wmotoezicht.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Main code names a process variable once, as a {@code ProcessVariable} constant of its module (docs/architectuur.md):
 * no engine call that sets, reads or queries a variable by a name written as a string literal. A renamed variable then
 * fails to compile instead of silently setting or reading a name nobody uses. Template engines' own variables (a
 * Thymeleaf {@code context}) are not process variables.
 */
class ProcessVariableNamesTest {

  private static final Pattern RAW_NAME = Pattern.compile("(?:(\\w+|\\))\\s*|^\\s*)\\.\\s*(setVariable|setVariableLocal|"
      + "setVariableLocalTransient|getVariable|getVariableLocal|getVariableTyped|getVariableLocalTyped|removeVariable|"
      + "removeVariableLocal|hasVariable|hasVariableLocal|variableName|variableValueEquals|variableValueNotEquals|"
      + "variableValueLike|processVariableValueEquals|taskVariableValueEquals)\\(\\s*\"");

  @Test
  void mainCodeNamesNoProcessVariableByAStringLiteral() throws IOException {
    List<String> raw = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher call = RAW_NAME.matcher(lines.get(i));
          while (call.find()) {
            if (!"context".equals(call.group(1))) {
              raw.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
            }
          }
        }
      }
    }
    assertThat(raw).as("engine calls with a variable name as a string literal; use the module's ProcessVariable")
        .isEmpty();
  }

  @Test
  void theCheckFindsARawName() {
    assertThat(RAW_NAME.matcher("execution.setVariableLocal(\"inspectionMunicipality\", code);").find()).isTrue();
    assertThat(RAW_NAME.matcher(".processInstanceIdIn(ids).variableName(\"visitDate\").list()").find()).isTrue();
    assertThat(RAW_NAME.matcher("        .variableValueEquals(\"reporterReference\", reference)").find()).isTrue();
    Matcher template = RAW_NAME.matcher("    context.setVariable(\"dates\", dates);"); // a Thymeleaf variable
    assertThat(template.find()).isTrue();
    assertThat(template.group(1)).isEqualTo("context");
    assertThat(RAW_NAME.matcher("execution.setVariableLocal(INSPECTION_MUNICIPALITY.name(), code);").find()).isFalse();
  }
}
