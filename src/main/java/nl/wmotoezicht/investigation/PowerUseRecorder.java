package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.wmotoezicht.kernel.DutchDates;
import nl.wmotoezicht.kernel.FieldChecks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing {@code Task_RecordPowerUse}: each use of a power is recorded with its legal basis and the motivation of
 * its necessity and proportionality (art. 5:13 Awb), which is required — over REST too. The use is added to
 * {@code powersUsed} (a JSON array, kept in history with every version) and {@code powersUsedText} (one line per use,
 * for the reports). A refusal to cooperate needs a description: it starts a last onder dwangsom (art. 5:20 Awb).
 */
@Component("powerUseRecorder")
class PowerUseRecorder implements TaskListener {

  private static final String BASES = Arrays.stream(AwbPower.values()).map(AwbPower::code)
      .collect(Collectors.joining(", "));

  private final ObjectMapper json = new ObjectMapper();
  private final DutchDates dates = new DutchDates();

  @Override
  public void notify(DelegateTask task) {
    FieldChecks checks = new FieldChecks(task.getVariables());
    AwbPower power = checks.text(POWER_LEGAL_BASIS, true, 20).flatMap(code -> {
      var found = AwbPower.byCode(code);
      if (found.isEmpty()) {
        checks.error(POWER_LEGAL_BASIS, "moet een van " + BASES + " zijn");
      }
      return found;
    }).orElse(null);
    String date = checks.pastDate(POWER_DATE, true).map(Object::toString).orElse(null);
    checks.text(POWER_DESCRIPTION, true, 10_000);
    checks.text(POWER_MOTIVATION, true, 10_000);
    boolean cooperated = !checks.bool(COOPERATION_REFUSED).orElse(false);
    if (!cooperated) {
      checks.text(REFUSAL_DESCRIPTION, true, 10_000);
    }
    ANOTHER_POWER.set(task, checks.bool(ANOTHER_POWER).orElse(false));
    checks.throwIfAny();

    ObjectNode use = json.createObjectNode()
        .put("legalBasisCode", power.code())
        .put("legalBasis", power.legalBasis())
        .put("date", date)
        .put("description", POWER_DESCRIPTION.get(task))
        .put("necessityAndProportionality", POWER_MOTIVATION.get(task))
        .put("providerCooperated", cooperated)
        .put("refusal", cooperated ? null : REFUSAL_DESCRIPTION.get(task))
        .put("recordedBy", task.getAssignee());
    POWERS_USED.set(task, append(POWERS_USED.find(task).orElse("[]"), use));
    String line = dates.format(date) + " — " + power.legalBasis() + ": " + POWER_DESCRIPTION.get(task)
        + " Noodzaak en evenredigheid: " + POWER_MOTIVATION.get(task)
        + (cooperated ? "" : " De aanbieder weigerde medewerking: " + REFUSAL_DESCRIPTION.get(task));
    String text = POWERS_USED_TEXT.find(task).filter(t -> !t.isBlank()).map(t -> t + "\n").orElse("");
    POWERS_USED_TEXT.set(task, text + line.replace('\n', ' '));
    COOPERATION_REFUSED.set(task, !cooperated);
  }

  private String append(String list, ObjectNode use) {
    try {
      ArrayNode array = (ArrayNode) json.readTree(list);
      array.add(use);
      return json.writeValueAsString(array);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("powersUsed is geen JSON-lijst", e);
    }
  }
}
