package nl.wmotoezicht.bezwaar;

import static nl.wmotoezicht.bezwaar.BezwaarProcess.Variables.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.wmotoezicht.cases.CaseNumbers;
import nl.wmotoezicht.cases.CaseRegistry;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.terms.LegalCalendar;
import nl.wmotoezicht.terms.TermExpressions;
import nl.wmotoezicht.terms.Termijnen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegisterObjection}: registers an objection against any besluit, also after the case that made it has
 * ended; nothing is lost. Runs in the start transaction: bad input starts nothing (400 for the sender).
 * <ul>
 *   <li>the decision objected to is the message's business key ({@code decisionCaseNumber}); the objection gets a
 *       case number of its own ({@code BZW-…});</li>
 *   <li>objection term: six weeks from the day after the decision was made known (art. 6:7, 6:8 Awb, Atw); a late
 *       objection is registered all the same and judged for excusability (art. 6:11 Awb);</li>
 *   <li>decision term: six weeks after the objection term ended, twelve when the municipality has an advisory
 *       committee (art. 7:10 lid 1 Awb; configuration {@code wmo.bezwaar.advisory-committee}).</li>
 * </ul>
 */
@Component("registerObjection")
class RegisterObjectionDelegate implements JavaDelegate {

  static final Set<String> DECISION_KINDS =
      Set.of("last", "invorderingsbeschikking", "kostenbeschikking", "opheffing", "openbaarmaking");
  /** Names of the terms in {@code terms/termijnen.yaml} ({@code docs/termijnen.md}). */
  static final String OBJECTION_TERM = "bezwaar";
  static final String DECISION_TERM = "beslissenOpBezwaar";
  static final String DECISION_TERM_WITH_COMMITTEE = "beslissenOpBezwaarCommissie";

  private final CaseNumbers caseNumbers;
  private final CaseRegistry caseRegister;
  private final Region region;
  private final LegalCalendar calendar;
  private final TermExpressions terms;
  private final Termijnen termijnen;
  private final Set<String> withAdvisoryCommittee;

  RegisterObjectionDelegate(CaseNumbers caseNumbers, CaseRegistry caseRegister, Region region, LegalCalendar calendar, TermExpressions terms,
      Termijnen termijnen, @Value("${wmo.bezwaar.advisory-committee:}") List<String> withAdvisoryCommittee) {
    this.caseNumbers = caseNumbers;
    this.caseRegister = caseRegister;
    this.region = region;
    this.calendar = calendar;
    this.terms = terms;
    this.termijnen = termijnen;
    this.withAdvisoryCommittee = Set.copyOf(withAdvisoryCommittee);
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<FieldError> errors = new ArrayList<>();
    String decisionCaseNumber = DECISION_CASE_NUMBER.find(execution).orElse(execution.getProcessBusinessKey());
    if (decisionCaseNumber == null || decisionCaseNumber.isBlank()) {
      errors.add(new FieldError(DECISION_CASE_NUMBER.name(), "is verplicht (of de business key van het bericht)"));
    }
    String municipality = CaseVariables.MUNICIPALITY_CODE.find(execution).orElse(null);
    if (municipality == null || !region.isMunicipality(municipality)) {
      errors.add(new FieldError(CaseVariables.MUNICIPALITY_CODE.name(), "is geen gemeente van de regio"));
    } else if (decisionCaseNumber != null && caseRegister.find(decisionCaseNumber)
        .filter(decision -> !decision.municipalityCode().equals(municipality)).isPresent()) {
      // the objection belongs to the municipality whose college took the decision (docs/security/tenancy.md)
      errors.add(new FieldError(CaseVariables.MUNICIPALITY_CODE.name(),
          "is niet de gemeente van het besluit in zaak " + decisionCaseNumber));
    }
    for (var variable : List.of(ProviderVariables.PROVIDER_NAME, ProviderVariables.PROVIDER_EMAIL)) {
      if (variable.find(execution).filter(s -> !s.isBlank()).isEmpty()) {
        errors.add(new FieldError(variable.name(), "is verplicht"));
      }
    }
    String kind = DECISION_KIND.find(execution).orElse(null);
    if (kind == null || !DECISION_KINDS.contains(kind)) {
      errors.add(new FieldError(DECISION_KIND.name(), "moet een van " + DECISION_KINDS + " zijn"));
    }
    LocalDate madeKnown = date(execution, DECISION_MADE_KNOWN_ON.name(), null, errors);
    LocalDate received = date(execution, OBJECTION_RECEIVED_ON.name(), terms.todayDate(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }

    LocalDate termEnds = calendar.compute(madeKnown, termijnen.term(OBJECTION_TERM).period(), true).ends();
    boolean committee = withAdvisoryCommittee.contains(municipality);
    LocalDate decideBy = calendar.compute(termEnds,
        termijnen.term(committee ? DECISION_TERM_WITH_COMMITTEE : DECISION_TERM).period(), true).ends();
    String caseNumber = caseNumbers.issue(BezwaarProcess.CASE_PREFIX, municipality, execution);
    execution.setProcessBusinessKey(caseNumber);
    CaseVariables.CASE_NUMBER.set(execution, caseNumber);
    CaseVariables.MUNICIPALITY_NAME.set(execution, region.municipalityName(municipality));
    DECISION_CASE_NUMBER.set(execution, decisionCaseNumber);
    OBJECTION_RECEIVED_ON.set(execution, received.toString());
    OBJECTION_TERM_ENDS.set(execution, termEnds.toString());
    TIMELY.set(execution, !received.isAfter(termEnds));
    ADVISORY_COMMITTEE.set(execution, committee);
    DECIDE_BY.set(execution, decideBy.toString());
    EXTENDED.set(execution, false);
  }

  private static LocalDate date(DelegateExecution execution, String name, LocalDate otherwise, List<FieldError> errors) {
    Object value = execution.getVariable(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      if (otherwise == null) {
        errors.add(new FieldError(name, "is verplicht"));
      }
      return otherwise;
    }
    try {
      return LocalDate.parse(value.toString());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(name, "moet een datum zijn zoals 2026-12-01"));
      return null;
    }
  }
}
