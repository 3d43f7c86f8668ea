package nl.wmotoezicht.webapps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Checks what a user submits with a task against the task's own Camunda Form, before the process reads it: every
 * required field filled in, a number where the form asks a number, a date as a date (and not in the past where
 * the form says so), a choice one of the form's options, a checkbox true or false. A missing or mistyped value
 * is refused with a 400 and one Dutch sentence per field that says what to do, instead of failing later on a
 * BPMN expression (a 500 quoting it). Fields the form shows only under a condition, and fields it shows
 * read-only, are not required here: the task's own validator checks those where it matters.
 *
 * <p>It checks a form submitted over REST ({@code POST …/task/{id}/submit-form}, as Tasklist does), marked by
 * {@link FormSubmissionFilter}; a delegate or a test completing a task with the Java API is not a form.
 */
final class FormInputCheck implements TaskListener {

  private static final ThreadLocal<Boolean> SUBMITTING_FORM = ThreadLocal.withInitial(() -> false);

  /** The request on this thread submits a task form: the task completed in it is checked against its form. */
  static void formSubmissionStarts() {
    SUBMITTING_FORM.set(true);
  }

  static void formSubmissionEnds() {
    SUBMITTING_FORM.remove();
  }

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private final ObjectMapper json = new ObjectMapper();
  /** The fields of one form of one deployment; a deployment never changes, so neither do they. */
  private final Map<String, List<FormField>> forms = new ConcurrentHashMap<>();

  record FormField(String key, String type, String label, boolean required, boolean noPastDates, List<String> options,
      boolean dateOnly) {
  }

  @Override
  public void notify(DelegateTask task) {
    if (!SUBMITTING_FORM.get()) {
      return;
    }
    UserTask userTask = task.getBpmnModelElementInstance();
    if (userTask == null || userTask.getCamundaFormRef() == null || userTask.getCamundaFormRef().contains("${")) {
      return;
    }
    String deploymentId = Context.getCommandContext().getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getDeploymentId();
    List<FormField> fields = forms.computeIfAbsent(deploymentId + "/" + userTask.getCamundaFormRef(),
        key -> read(deploymentId, userTask.getCamundaFormRef()));
    List<FieldError> errors = new ArrayList<>();
    for (FormField field : fields) {
      check(field, task.getVariable(field.key())).ifPresent(message -> errors.add(new FieldError(field.key(), message)));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  static Optional<String> check(FormField field, Object value) {
    String label = "„" + field.label() + "”";
    boolean empty = value == null || (value instanceof String s && s.isBlank());
    if (empty) {
      return field.required() ? Optional.of(switch (field.type()) {
        case "select", "radio" -> "Kies bij " + label + " een van de mogelijkheden.";
        case "datetime" -> "Vul bij " + label + " een datum in.";
        default -> "Vul " + label + " in.";
      }) : Optional.empty();
    }
    switch (field.type()) {
      case "number" -> {
        if (!(value instanceof Number)) {
          return Optional.of("Vul bij " + label + " een getal in, zonder andere tekens.");
        }
      }
      case "checkbox" -> {
        if (!(value instanceof Boolean checked)) {
          return Optional.of("Vink " + label + " aan of laat het leeg.");
        }
        if (field.required() && !checked) {
          return Optional.of("Vink " + label + " aan.");
        }
      }
      case "datetime" -> {
        if (!field.dateOnly()) {
          break;
        }
        LocalDate date;
        if (value instanceof Date moment) {
          date = moment.toInstant().atZone(ZONE).toLocalDate();
        } else {
          try {
            date = LocalDate.parse(value.toString().length() >= 10 ? value.toString().substring(0, 10) : value.toString());
          } catch (DateTimeParseException e) {
            return Optional.of("Vul bij " + label + " een datum in als dag-maand-jaar, of kies er een in de kalender.");
          }
        }
        if (field.noPastDates() && date.isBefore(LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE))) {
          return Optional.of("Kies bij " + label + " vandaag of een latere datum; " + date.getDayOfMonth() + "-"
              + date.getMonthValue() + "-" + date.getYear() + " ligt in het verleden.");
        }
      }
      case "select", "radio" -> {
        if (!field.options().isEmpty() && !field.options().contains(String.valueOf(value))) {
          return Optional.of("Kies bij " + label + " een van de mogelijkheden uit de lijst.");
        }
      }
      case "textfield", "textarea" -> {
        if (!(value instanceof String)) {
          return Optional.of("Vul bij " + label + " tekst in.");
        }
      }
      default -> {
        // other field types carry no value to check
      }
    }
    return Optional.empty();
  }

  private List<FormField> read(String deploymentId, String formKey) {
    for (ResourceEntity resource : Context.getCommandContext().getResourceManager()
        .findResourcesByDeploymentId(deploymentId)) {
      if (!resource.getName().endsWith(".form")) {
        continue;
      }
      try {
        JsonNode form = json.readTree(new String(resource.getBytes(), StandardCharsets.UTF_8));
        if (formKey.equals(form.path("id").asText())) {
          List<FormField> fields = new ArrayList<>();
          collect(form, false, fields);
          return List.copyOf(fields);
        }
      } catch (IOException e) {
        // not a form of ours: look further
      }
    }
    return List.of();
  }

  private static void collect(JsonNode container, boolean conditional, List<FormField> fields) {
    for (JsonNode component : container.path("components")) {
      boolean shownOnCondition = conditional || component.has("conditional");
      if (component.has("components")) {
        collect(component, shownOnCondition, fields);
      }
      if (!component.hasNonNull("key") || component.path("disabled").asBoolean(false)
          || component.path("readonly").asBoolean(false)) {
        continue;
      }
      List<String> options = new ArrayList<>();
      component.path("values").forEach(option -> options.add(option.path("value").asText()));
      String label = component.path("label").asText(component.path("dateLabel").asText(component.get("key").asText()));
      fields.add(new FormField(component.get("key").asText(), component.path("type").asText(), label,
          !shownOnCondition && component.path("validate").path("required").asBoolean(false),
          component.path("disallowPassedDates").asBoolean(false), List.copyOf(options),
          "date".equals(component.path("subtype").asText("date"))));
    }
  }
}
