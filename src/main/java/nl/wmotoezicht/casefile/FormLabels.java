package nl.wmotoezicht.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The labels users know a variable by: the label of the form field with that key ({@code forms/*.form}, read once at
 * start-up) and the labels of its options (select, radio, checklist), so that the case file says "Motivering van de
 * triage" and "Ja" rather than {@code triageMotivation} and {@code true}. A key that several forms hold takes the label
 * of the first form by name.
 */
@Component
class FormLabels {

  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, Map<String, String>> options = new HashMap<>();
  /** Labels per form id, then per key. */
  private final Map<String, Map<String, String>> labelsByForm = new HashMap<>();

  FormLabels() {
    this("classpath*:forms/*.form");
  }

  FormLabels(String pattern) {
    try {
      Resource[] forms = new PathMatchingResourcePatternResolver().getResources(pattern);
      Arrays.sort(forms, Comparator.comparing(r -> String.valueOf(r.getFilename())));
      ObjectMapper json = new ObjectMapper();
      for (Resource form : forms) {
        try (InputStream in = form.getInputStream()) {
          JsonNode tree = json.readTree(in);
          Map<String, String> own = labelsByForm.computeIfAbsent(tree.path("id").asText(""), k -> new HashMap<>());
          collect(tree, own);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Formulieren niet leesbaar", e);
    }
  }

  private void collect(JsonNode node, Map<String, String> own) {
    JsonNode components = node.get("components");
    if (components == null) {
      return;
    }
    for (JsonNode component : components) {
      String key = component.path("key").asText(null);
      if (key != null && !"button".equals(component.path("type").asText())) {
        String label = firstText(component, "label", "dateLabel", "timeLabel");
        if (label != null) {
          labels.putIfAbsent(key, label);
          own.putIfAbsent(key, label);
        }
        JsonNode values = component.get("values");
        if (values != null && values.isArray()) {
          Map<String, String> byValue = options.computeIfAbsent(key, k -> new HashMap<>());
          values.forEach(v -> {
            if (v.hasNonNull("value") && v.hasNonNull("label")) {
              byValue.putIfAbsent(v.get("value").asText(), v.get("label").asText());
            }
          });
        }
      }
      collect(component, own);
    }
  }

  private static String firstText(JsonNode component, String... fields) {
    for (String field : fields) {
      String text = component.path(field).asText("").trim();
      if (!text.isEmpty()) {
        return text;
      }
    }
    return null;
  }

  /** The label of the form field with this key, if a form has one. */
  Optional<String> label(String key) {
    return Optional.ofNullable(key == null ? null : labels.get(key));
  }

  /** The label of the field with this key in the first of these forms that has it, else in any form. */
  Optional<String> label(String key, java.util.Collection<String> formIds) {
    for (String formId : formIds) {
      String label = labelsByForm.getOrDefault(formId, Map.of()).get(key);
      if (label != null) {
        return Optional.of(label);
      }
    }
    return label(key);
  }

  /**
   * A value as a user reads it: the label of the option it is in a form of the key ({@code hoog} → "Hoog risico"),
   * Ja/Nee for a yes/no value, else the value itself.
   */
  String value(String key, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean b) {
      return b ? "Ja" : "Nee";
    }
    String text = value.toString();
    if ("true".equals(text)) {
      return "Ja";
    }
    if ("false".equals(text)) {
      return "Nee";
    }
    Map<String, String> byValue = key == null ? null : options.get(key);
    return byValue != null && byValue.containsKey(text) ? byValue.get(text) : text;
  }
}
