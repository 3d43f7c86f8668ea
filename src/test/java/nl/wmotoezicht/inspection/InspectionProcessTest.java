package nl.wmotoezicht.inspection;

import static nl.wmotoezicht.inspection.InspectionProcess.Elements.ANNOUNCE_VISIT;
import static nl.wmotoezicht.inspection.InspectionProcess.Elements.CLOSED;
import static nl.wmotoezicht.inspection.InspectionProcess.Elements.JUDGE_THEMES;
import static nl.wmotoezicht.inspection.InspectionProcess.Elements.PREPARE_VISIT;
import static nl.wmotoezicht.inspection.InspectionProcess.Elements.RECORD_POWER_USE;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.risk.InspectionResults;
import nl.wmotoezicht.risk.RiskAnalysis;
import nl.wmotoezicht.testsupport.TestMailServer;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import nl.wmotoezicht.cases.CaseRegistry;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The planned quality inspection through its paths: announced (letter to the provider) and unannounced, started
 * as by the plan and by hand for an extra visit, the investigation's power and judgement steps, and the result that
 * the next risk analysis reads. Bad starts are refused.
 */
@WmoIntegrationTest
class InspectionProcessTest {

  static final String ZORG_THUIS_ZUID = "12345678";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired InspectionResults results;
  @Autowired RiskAnalysis riskAnalysis;
  @Autowired CaseRegistry caseRegister;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    TestMailServer.get();
    setClock("2027-03-01T09:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ProcessInstance startPlanned(String caseNumber) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseNumber", caseNumber);
    variables.put("municipalityCode", "GM0917");
    variables.put("providerKvkNumber", ZORG_THUIS_ZUID);
    variables.put("serviceKind", "begeleiding");
    variables.put("purchasingRegion", "parkstad");
    variables.put("planYear", 2027);
    variables.put("plannedMonth", 3);
    return runtime.startProcessInstanceByKey(InspectionProcess.KEY, caseNumber, variables);
  }

  private static Map<String, Object> power(String date, boolean another) {
    return withVariables("powerLegalBasis", "awb-5:15", "powerDate", date,
        "powerDescription", "Locatie betreden en rondgelopen.",
        "powerMotivation", "Nodig om de kwaliteit ter plaatse te zien.", "cooperationRefused", false,
        "anotherPower", another);
  }

  private static Map<String, Object> judgement(String safety) {
    return withVariables("judgementClientgerichtheid", "voldoet", "findingsClientgerichtheid", "Cliënten gehoord.",
        "judgementProfessionaliteit", "voldoetDeels", "findingsProfessionaliteit", "Scholing loopt achter.",
        "judgementVeiligheid", safety, "findingsVeiligheid", "Medicatie niet afgetekend.");
  }

  @Test
  void announcedPlannedVisitWithTwoPowersRecordsTheResultForTheRiskAnalysis() throws Exception {
    String caseNumber = "KWO-TEST-" + System.nanoTime();
    ProcessInstance pi = startPlanned(caseNumber);
    assertThat(pi).isWaitingAt(PREPARE_VISIT);
    assertThat(pi.getTenantId()).isEqualTo("GM0917");
    // the number the plan drew is bound in the case register to the municipality and this instance
    assertThat(caseRegister.find(caseNumber)).hasValueSatisfying(c -> assertThat(c.municipalityCode()).isEqualTo("GM0917"));
    assertThat(caseRegister.instanceIds(caseNumber)).containsExactly(pi.getId());
    assertThat(runtime.getVariable(pi.getId(), "providerName")).isEqualTo("Zorg Thuis Zuid B.V.");
    complete(task(PREPARE_VISIT, pi), withVariables("visitAnnounced", true, "location", "Woonlocatie De Linde",
        "plannedVisitDate", "2027-03-10"));
    assertThat(pi).isWaitingAt(ANNOUNCE_VISIT);
    runAsyncJobs(management, pi);
    List<MimeMessage> mails = TestMailServer.mailsFor(caseNumber);
    assertThat(mails).singleElement().satisfies(mail -> {
      assertThat(TestMailServer.templateOf(mail)).isEqualTo("kwaliteitsonderzoek-aankondiging");
      assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("kwaliteit@zorgthuiszuid.example");
      assertThat(TestMailServer.bodyOf(mail)).contains("10 maart 2027", "Woonlocatie De Linde", "art. 5:20 Awb");
    });
    assertThat(pi).isWaitingAt(RECORD_POWER_USE);
    setClock("2027-03-11T14:00");
    complete(task(RECORD_POWER_USE, pi), power("2027-03-10", true));
    complete(task(RECORD_POWER_USE, pi), power("2027-03-11", false));
    assertThat(runtime.getVariable(pi.getId(), "visitDate")).isEqualTo("2027-03-10");
    assertThat((String) runtime.getVariable(pi.getId(), "powersUsedText")).contains("5:15");
    complete(task(JUDGE_THEMES, pi), judgement("voldoetNiet"));
    assertThat(pi).isEnded().hasPassed(CLOSED);

    InspectionResults.InspectionResult result = results.find(caseNumber).orElseThrow();
    assertThat(result.visitedOn()).isEqualTo(LocalDate.of(2027, 3, 10));
    assertThat(result.planYear()).isEqualTo(2027);
    assertThat(result.plannedMonth()).isEqualTo(3);
    assertThat(result.judgementSafety()).isEqualTo("voldoetNiet");
    assertThat(result.purchasingRegion()).isEqualTo("parkstad");
    // the next analysis knows the visit
    RiskAnalysis.RiskProfile profile = riskAnalysis.profiles(ZORG_THUIS_ZUID, LocalDate.of(2027, 3, 31), null)
        .stream().filter(p -> p.serviceKind().equals("begeleiding")).findFirst().orElseThrow();
    assertThat(profile.inputs().monthsSinceVisit()).isZero();
    assertThat(profile.inputs().themesNotMet()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void unannouncedExtraVisitStartedByHand() throws Exception {
    Map<String, Object> variables = new HashMap<>();
    variables.put("municipalityCode", "GM0928");
    variables.put("providerKvkNumber", "23456789");
    variables.put("serviceKind", "beschermdWonen");
    variables.put("extraVisitReason", "Signalen uit de wijk over nachtelijke bezetting.");
    ProcessInstance pi = runtime.startProcessInstanceByKey(InspectionProcess.KEY, variables);
    String caseNumber = (String) runtime.getVariable(pi.getId(), "caseNumber");
    assertThat(caseNumber).startsWith("KWO-");
    assertThat(caseRegister.find(caseNumber)).hasValueSatisfying(c -> assertThat(c.municipalityCode()).isEqualTo("GM0928"));
    assertThat(caseRegister.instanceIds(caseNumber)).containsExactly(pi.getId());
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey()).isEqualTo(caseNumber);
    assertThat(runtime.getVariable(pi.getId(), "purchasingRegion")).isEqualTo("parkstad");
    complete(task(PREPARE_VISIT, pi), withVariables("visitAnnounced", false, "location", "Nachtlocatie",
        "plannedVisitDate", "2027-03-05"));
    assertThat(pi).isWaitingAt(RECORD_POWER_USE);
    assertThat(TestMailServer.mailsFor(caseNumber)).isEmpty();
    complete(task(RECORD_POWER_USE, pi), power("2027-03-01", false));
    complete(task(JUDGE_THEMES, pi), judgement("voldoet"));
    assertThat(pi).isEnded();
    assertThat(results.find(caseNumber)).hasValueSatisfying(r -> {
      assertThat(r.planYear()).isNull();
      assertThat(r.judgementProfessional()).isEqualTo("voldoetDeels");
    });
  }

  @Test
  void aStartWithoutReasonOrWithAnUnknownProviderIsRefused() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("municipalityCode", "GM0928");
    variables.put("providerKvkNumber", "00000001");
    variables.put("serviceKind", "zwemles");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(InspectionProcess.KEY, variables))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("serviceKind").hasMessageContaining("extraVisitReason");
    variables.put("serviceKind", "begeleiding");
    variables.put("extraVisitReason", "Extra.");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(InspectionProcess.KEY, variables))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("providerKvkNumber");
  }
}
