package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;

import java.util.Set;
import nl.wmotoezicht.kernel.FieldChecks;
import nl.wmotoezicht.terms.TermExpressions;
import nl.wmotoezicht.terms.TermPeriod;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing {@code Task_ChooseRepairOrEscalate}: a herstelaanbod needs the actions and a term, whose last day is
 * set on the legal calendar ({@code repairDeadline}; a term the supervisor sets, so not extended by the Atw).
 * Escalating at once, without a herstelaanbod, is for very serious shortcomings and needs a motivation ({@code
 * docs/processen/signaalonderzoek.md}).
 */
@Component("repairChoiceValidator")
class RepairChoiceValidator implements TaskListener {

  static final Set<String> ROUTES = Set.of("herstelaanbod", "escaleren");

  private final TermExpressions terms;

  RepairChoiceValidator(TermExpressions terms) {
    this.terms = terms;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldChecks checks = new FieldChecks(task.getVariables());
    String route = checks.oneOf(REPAIR_ROUTE, true, ROUTES, "moet herstelaanbod of escaleren zijn").orElse(null);
    if ("herstelaanbod".equals(route)) {
      checks.text(REPAIR_ACTIONS, true, 20_000);
      checks.text(REPAIR_TERM, true, 20).ifPresent(term -> {
        try {
          TermPeriod.parse(term);
        } catch (IllegalArgumentException e) {
          checks.error(REPAIR_TERM, "moet een termijn zijn als P4W (vier weken)");
        }
      });
    }
    if ("escaleren".equals(route)) {
      checks.text(ESCALATION_MOTIVATION, true, 20_000);
    }
    checks.throwIfAny();
    if ("herstelaanbod".equals(route)) {
      REPAIR_DEADLINE.set(task, terms.isoDate(terms.decisionEnd(terms.today(), REPAIR_TERM.get(task))));
    }
  }
}
