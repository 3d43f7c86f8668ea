package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.*;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.cases.CaseNumbers;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.intake.FieldError;
import nl.wmotoezicht.intake.InvalidInputException;
import nl.wmotoezicht.intake.ReportReferences;
import nl.wmotoezicht.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegisterReport}: validates the report, gives the case its number (also the business
 * key) and registers the reporter's reference. Runs in the start transaction: an invalid or
 * duplicate report starts nothing.
 */
@Component("registerCalamityReport")
class RegisterCalamityReportDelegate implements JavaDelegate {

  private final CalamityReportValidator validator;
  private final CaseNumbers caseNumbers;
  private final ReportReferences references;
  private final Region region;

  RegisterCalamityReportDelegate(CalamityReportValidator validator, CaseNumbers caseNumbers,
      ReportReferences references, Region region) {
    this.validator = validator;
    this.caseNumbers = caseNumbers;
    this.references = references;
    this.region = region;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> report = execution.getVariables();
    boolean byHand = INITIATOR.find(execution).isPresent();
    List<FieldError> errors = validator.validate(report, !byHand);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String caseNumber = caseNumbers.next(CalamityProcess.CASE_PREFIX);
    String reference = REPORTER_REFERENCE.find(execution).filter(r -> !r.isBlank()).orElse(caseNumber);
    references.register(CalamityProcess.KEY, reference, caseNumber);

    execution.setProcessBusinessKey(caseNumber);
    CaseVariables.CASE_NUMBER.set(execution, caseNumber);
    REPORTER_REFERENCE.set(execution, reference);
    String municipality = CaseVariables.MUNICIPALITY_CODE.get(execution);
    CaseVariables.MUNICIPALITY_NAME.set(execution, region.municipalityName(municipality));
    for (var careLaw : List.of(CARE_UNDER_WLZ, CARE_UNDER_ZVW, CARE_UNDER_JEUGDWET)) {
      careLaw.set(execution, careLaw.find(execution).orElse(false));
    }
    IGJ_COORDINATION_REQUIRED.set(execution, CARE_UNDER_WLZ.get(execution) || CARE_UNDER_ZVW.get(execution)
        || CARE_UNDER_JEUGDWET.get(execution));
    RECEIVED_AT.set(execution, OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        ZoneId.of("Europe/Amsterdam")).toString());
  }
}
