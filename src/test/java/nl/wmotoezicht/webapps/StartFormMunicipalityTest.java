package nl.wmotoezicht.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.wmotoezicht.kernel.CaseVariables;
import org.junit.jupiter.api.Test;

/**
 * Tasklist offers the municipality by name wherever a form lets the user type its code
 * (app/tasklist/scripts/wmo/gemeentekeuze.js finds the field by its id): a new form with another id would silently ask
 * for a CBS code again.
 */
class StartFormMunicipalityTest {

  private static final String FIELD_ID = "Field_municipalityCode";

  @Test
  void everyMunicipalityCodeTheUserTypesIsTheFieldTheScriptOffersByName() throws IOException {
    List<String> editable = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        collect(json.readTree(form.toFile()).path("components"), form.getFileName().toString(), editable);
      }
    }
    assertThat(editable).as("editable municipality code fields").isNotEmpty()
        .allSatisfy(field -> assertThat(field).endsWith(" " + FIELD_ID))
        .contains("calamiteit-registreren.form " + FIELD_ID, "signaal-registreren.form " + FIELD_ID,
            "kwaliteitsonderzoek-starten.form " + FIELD_ID, "piramide-starten.form " + FIELD_ID,
            "dwangsom-starten.form " + FIELD_ID, "jaarrapportage-starten.form " + FIELD_ID);
    String script = Files.readString(Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/"
        + "scripts/wmo/gemeentekeuze.js"), StandardCharsets.UTF_8);
    assertThat(script).contains("const FIELD = '" + FIELD_ID + "';", "/api/municipalities/mine");
  }

  private static void collect(JsonNode components, String form, List<String> editable) {
    for (JsonNode component : components) {
      if (CaseVariables.MUNICIPALITY_CODE.name().equals(component.path("key").asText())
          && "textfield".equals(component.path("type").asText()) && !component.path("disabled").asBoolean()
          && !component.path("readonly").asBoolean()) {
        editable.add(form + " " + component.path("id").asText());
      }
      collect(component.path("components"), form, editable);
    }
  }
}
