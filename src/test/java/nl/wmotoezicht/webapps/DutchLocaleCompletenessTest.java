package nl.wmotoezicht.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Every text of Tasklist, Cockpit, Admin and the welcome page is Dutch: our {@code webapps/locales} files
 * ({@code common.nl.json} under {@code <app>.nl.json}) hold every key of Camunda's own English file of this
 * Camunda version, each with a value that differs from the English one, and keep its placeholders. A Camunda
 * upgrade that adds labels makes this test fail until they are translated.
 */
class DutchLocaleCompletenessTest {

  /**
   * Values that are the same in Dutch, reviewed one by one: product and app names, data type and file format
   * names, date format patterns, placeholders, and words Dutch borrowed unchanged (Filter, Status, Deployment,
   * Batch, Job …). Values without a letter (operators such as {@code <=}, an empty text) have nothing to
   * translate. Nothing else may stay English.
   */
  static final Set<String> SAME_IN_DUTCH = Set.of(
      // product and app names
      "Cockpit", "Tasklist", "Camunda Cockpit", "Optimize",
      // data types and formats as the engine names them
      "Double", "Integer", "Long", "Short", "CSV", "JSON", "null", "<null>", "<undefined>",
      // date and time patterns (moment.js), identical for Dutch
      "L", "D MMMM YYYY", "D MMMM YYYY LT", "HH:mm", "YYYY-MM-DDTHH:mm:ss", "s",
      // words that are Dutch as they are
      "weekend", "Type", "Diagram", "Filter", "Filters", "Operator", "Criteria", "Label", "Status", "ID", "ID*", "OK",
      "Batch", "batch", "Batches", "Deployment", "Deployments", "Job", "Jobs", "{{count}} jobs", "Cascade",
      "Maximum:", "Minimum:", "Heatmap:", "Element", "Account", "Links");

  private static final String ENGLISH = "META-INF/resources/webjars/camunda/app/%s/locales/en.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*\\w+\\s*}}|\\{}");
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishTextHasADutchOne(String app) throws IOException {
    JsonNode english = read(ENGLISH.formatted(app));
    ObjectNode dutch = json.createObjectNode();
    DutchLocaleController.overlay(dutch, read("webapps/locales/common.nl.json"));
    DutchLocaleController.overlay(dutch, read("webapps/locales/" + app + ".nl.json"));

    List<String> missing = new ArrayList<>();
    List<String> stillEnglish = new ArrayList<>();
    List<String> lostPlaceholders = new ArrayList<>();
    compare("", english, dutch, missing, stillEnglish, lostPlaceholders);

    assertThat(missing).as("keys of Camunda's English %s locale missing in our Dutch files", app).isEmpty();
    assertThat(stillEnglish).as("values of the Dutch %s locale that are still the English text", app).isEmpty();
    assertThat(lostPlaceholders).as("Dutch %s values that lost a placeholder of the English text", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theDutchFilesHoldNoKeyCamundaDoesNotKnow(String app) throws IOException {
    // a typo in a key would leave the English text on screen while the file looks translated
    JsonNode english = read(ENGLISH.formatted(app));
    Set<String> unknown = new TreeSet<>();
    unknownKeys("", read("webapps/locales/" + app + ".nl.json"), english, unknown);
    assertThat(unknown).isEmpty();
  }

  private void compare(String path, JsonNode english, JsonNode dutch, List<String> missing,
      List<String> stillEnglish, List<String> lostPlaceholders) {
    for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = path + field.getKey();
      JsonNode ours = dutch == null ? null : dutch.get(field.getKey());
      if (ours == null) {
        missing.add(key);
      } else if (field.getValue().isObject()) {
        compare(key + ".", field.getValue(), ours, missing, stillEnglish, lostPlaceholders);
      } else if (field.getValue().isTextual()) {
        String text = field.getValue().asText();
        if (ours.asText().equals(text) && !SAME_IN_DUTCH.contains(text.strip()) && text.matches("(?s).*\\p{L}.*")) {
          stillEnglish.add(key + " = " + text);
        }
        if (!placeholders(text).equals(placeholders(ours.asText()))) {
          lostPlaceholders.add(key + " = " + ours.asText());
        }
      }
    }
  }

  private void unknownKeys(String path, JsonNode dutch, JsonNode english, Set<String> unknown) {
    for (Iterator<Map.Entry<String, JsonNode>> it = dutch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode theirs = english.get(field.getKey());
      if (theirs == null) {
        unknown.add(path + field.getKey());
      } else if (field.getValue().isObject()) {
        unknownKeys(path + field.getKey() + ".", field.getValue(), theirs, unknown);
      }
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replace(" ", ""));
    }
    return found;
  }

  private JsonNode read(String path) throws IOException {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
    }
  }
}
