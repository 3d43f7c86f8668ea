package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.wmotoezicht.terms.Termijnen;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The element templates of {@code modeler/element-templates/} are the building blocks a process owner may use
 * ({@code modeler/README.md}). Every element of a model that says it uses one ({@code camunda:modelerTemplate}) has the
 * template's fixed values and its required fields; every mail, document and decision step uses its template.
 */
class ElementTemplatesTest {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String MAIL = "nl.wmotoezicht.mailVersturen";
  static final String DOCUMENT = "nl.wmotoezicht.documentMaken";
  static final String DECISION = "nl.wmotoezicht.beslissingPerGemeente";
  static final String TERM = "nl.wmotoezicht.wettelijkeTermijn";
  /**
   * The retry cycle of the mail and document steps. Camunda 7 element templates cannot set
   * {@code camunda:failedJobRetryTimeCycle}, so this test holds it (documented in {@code modeler/README.md}).
   */
  static final Map<String, String> RETRY_CYCLE = Map.of(MAIL, "R5/PT10M", DOCUMENT, "R5/PT10M");

  /** Models whose steps do not carry the templates yet: none. */
  static final Set<String> NOT_YET_CONVERTED = Set.of();

  private static final Map<String, JsonNode> templates = new HashMap<>();
  private static final Map<String, BpmnModelInstance> models = new HashMap<>();

  @BeforeAll
  static void read() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("modeler/element-templates"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        for (JsonNode template : json.readTree(file.toFile())) {
          assertThat(templates.put(template.get("id").asText(), template)).as("template id twice").isNull();
        }
      }
    }
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        models.put(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile()));
      }
    }
  }

  @Test
  void theFourBuildingBlocksExist() {
    assertThat(templates).containsOnlyKeys(MAIL, DOCUMENT, DECISION, TERM);
    assertThat(templates.values()).allSatisfy(t -> {
      assertThat(t.get("$schema").asText()).contains("element-templates-json-schema");
      assertThat(t.get("version").asInt()).isPositive();
      assertThat(t.get("appliesTo")).isNotEmpty();
    });
  }

  @Test
  void everyTemplatedElementHasTheFixedValuesAndRequiredFieldsOfItsTemplate() {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> used = new HashMap<>();
    models.forEach((file, model) -> {
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        String id = element.getAttributeValueNs(CAMUNDA, "modelerTemplate");
        if (id != null) {
          used.merge(id, 1, Integer::sum);
          problems.addAll(check(file + " " + element.getId(), element, id));
        }
      }
    });
    assertThat(problems).isEmpty();
    assertThat(used).containsKeys(MAIL, DOCUMENT, DECISION, TERM);
  }

  @Test
  void everyMailDocumentAndDecisionStepUsesItsTemplate() {
    List<String> untemplated = new ArrayList<>();
    models.forEach((file, model) -> {
      if (NOT_YET_CONVERTED.contains(file)) {
        return;
      }
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        String expected = switch (String.valueOf(task.getCamundaDelegateExpression())) {
          case "${sendMail}" -> MAIL;
          case "${generateDocument}" -> DOCUMENT;
          default -> null;
        };
        if (expected != null && !expected.equals(task.getAttributeValueNs(CAMUNDA, "modelerTemplate"))) {
          untemplated.add(file + " " + task.getId() + " should use " + expected);
        }
      }
      for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
        if (!DECISION.equals(task.getAttributeValueNs(CAMUNDA, "modelerTemplate"))) {
          untemplated.add(file + " " + task.getId() + " should use " + DECISION);
        }
      }
    });
    assertThat(untemplated).isEmpty();
  }

  @Test
  void theTermTemplateOffersExactlyTheNamedTerms() {
    List<String> choices = new ArrayList<>();
    for (JsonNode property : templates.get(TERM).get("properties")) {
      if ("termijn".equals(property.at("/binding/name").asText())) {
        property.get("choices").forEach(c -> choices.add(c.get("value").asText()));
      }
    }
    assertThat(choices).containsExactlyElementsOf(new Termijnen().keySet());
  }

  @Test
  void theCheckRejectsAnElementThatDepartsFromItsTemplate() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("p").startEvent().serviceTask("Task_Mail")
        .camundaDelegateExpression("${sendMail}").camundaAsyncBefore().camundaInputParameter("mailTo", "x")
        .endEvent().done();
    BaseElement task = model.getModelElementById("Task_Mail");
    task.setAttributeValueNs(CAMUNDA, "modelerTemplate", MAIL);
    task.setAttributeValueNs(CAMUNDA, "modelerTemplateVersion", "1");

    assertThat(check("probe", task, MAIL)).anySatisfy(p -> assertThat(p).contains("camunda:asyncAfter"))
        .anySatisfy(p -> assertThat(p).contains("mailTemplate")).anySatisfy(p -> assertThat(p).contains("R5/PT10M"));
  }

  private static List<String> check(String where, BaseElement element, String templateId) {
    List<String> problems = new ArrayList<>();
    JsonNode template = templates.get(templateId);
    if (template == null) {
      return List.of(where + ": unknown template " + templateId);
    }
    String version = element.getAttributeValueNs(CAMUNDA, "modelerTemplateVersion");
    if (!template.get("version").asText().equals(version)) {
      problems.add(where + ": template version " + version + ", expected " + template.get("version").asText());
    }
    String type = "bpmn:" + Character.toUpperCase(element.getElementType().getTypeName().charAt(0))
        + element.getElementType().getTypeName().substring(1);
    JsonNode elementType = template.at("/elementType/value");
    boolean applies = elementType.isMissingNode() ? contains(template.get("appliesTo"), type)
        : elementType.asText().equals(type);
    if (!applies) {
      problems.add(where + ": a " + type + " cannot use " + templateId);
    }
    Map<String, String> values = new HashMap<>();
    for (JsonNode property : template.get("properties")) {
      JsonNode binding = property.get("binding");
      String name = binding.get("name").asText();
      String actual = value(element, binding.get("type").asText(), name);
      values.put(name, actual);
      String kind = property.path("type").asText("String");
      if (kind.equals("Hidden") && !property.get("value").asText().equals(actual)) {
        problems.add(where + ": " + name + " is " + actual + ", the template fixes " + property.get("value").asText());
      }
      if (property.at("/constraints/notEmpty").asBoolean(false) && (actual == null || actual.isBlank())) {
        problems.add(where + ": " + name + " is required");
      }
      if (kind.equals("Dropdown") && actual != null && !contains(property.get("choices"), actual, "value")) {
        problems.add(where + ": " + name + " = " + actual + " is not one of the template's choices");
      }
    }
    Optional.ofNullable(RETRY_CYCLE.get(templateId)).ifPresent(cycle -> {
      String actual = element.getExtensionElements() == null ? null : element.getExtensionElements().getElementsQuery()
          .filterByType(CamundaFailedJobRetryTimeCycle.class).list().stream().findFirst()
          .map(ModelElementInstance::getTextContent).orElse(null);
      if (!cycle.equals(actual)) {
        problems.add(where + ": failedJobRetryTimeCycle " + actual + ", the building block needs " + cycle);
      }
    });
    if (templateId.equals(TERM)) {
      String expected = "${terms." + values.get("richting") + "(" + values.get("vanaf") + ", termijnen."
          + values.get("termijn") + ")}";
      String actual = element.getChildElementsByType(TimerEventDefinition.class).stream().findFirst()
          .map(t -> t.getTimeDate() == null ? null : t.getTimeDate().getTextContent().strip()).orElse(null);
      if (!expected.equals(actual)) {
        problems.add(where + ": timer " + actual + " does not match the template's fields, expected " + expected);
      }
    }
    return problems;
  }

  private static String value(BaseElement element, String bindingType, String name) {
    return switch (bindingType) {
      case "property" -> name.startsWith("camunda:")
          ? element.getAttributeValueNs(CAMUNDA, name.substring("camunda:".length()))
          : element.getAttributeValue(name);
      case "camunda:inputParameter" -> extension(element, CamundaInputParameter.class).stream()
          .filter(p -> name.equals(p.getCamundaName())).findFirst().map(p -> p.getTextContent().strip()).orElse(null);
      case "camunda:property" -> extension(element, CamundaProperty.class).stream()
          .filter(p -> name.equals(p.getCamundaName())).findFirst().map(CamundaProperty::getCamundaValue).orElse(null);
      default -> throw new IllegalStateException("binding " + bindingType + " is not checked yet");
    };
  }

  private static <T extends ModelElementInstance> List<T> extension(BaseElement element, Class<T> type) {
    return element.getExtensionElements() == null ? List.of()
        : new ArrayList<>(element.getExtensionElements().getModelInstance().getModelElementsByType(type)).stream()
            .filter(e -> isInside(e, element)).toList();
  }

  private static boolean isInside(ModelElementInstance child, BaseElement element) {
    for (ModelElementInstance p = child.getParentElement(); p != null; p = p.getParentElement()) {
      if (p == element) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode item : array) {
      if (item.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(JsonNode array, String value, String field) {
    for (JsonNode item : array) {
      if (item.get(field).asText().equals(value)) {
        return true;
      }
    }
    return false;
  }
}
