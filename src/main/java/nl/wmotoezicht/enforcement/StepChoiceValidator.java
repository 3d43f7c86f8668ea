package nl.wmotoezicht.enforcement;

import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing {@code Task_ChooseSteps}: at least one step; choosing without the indicated step
 * needs a written motivation ("Hiervan afwijken is beargumenteerd altijd mogelijk"), which stays with
 * the case and in its history. Unchecked boxes become false, so the model's conditions always resolve.
 */
@Component("stepChoiceValidator")
class StepChoiceValidator implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<Integer> chosen = IntStream.rangeClosed(1, 5).filter(n -> step(n).find(task).orElse(false)).boxed().toList();
    IntStream.rangeClosed(1, 5).forEach(n -> step(n).set(task, chosen.contains(n)));
    List<FieldError> errors = new ArrayList<>();
    if (chosen.isEmpty()) {
      errors.add(new FieldError("step1", "Kies ten minste één trede."));
    }
    Integer suggested = SUGGESTED_STEP.find(task).orElse(null);
    boolean deviates = suggested != null && !chosen.contains(suggested);
    if (deviates && DEVIATION_MOTIVATION.find(task).filter(m -> !m.isBlank()).isEmpty()) {
      errors.add(new FieldError(DEVIATION_MOTIVATION.name(),
          "U kiest niet de geadviseerde trede " + suggested + ": motiveer waarom u daarvan afwijkt."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    DEVIATES.set(task, deviates);
  }
}
