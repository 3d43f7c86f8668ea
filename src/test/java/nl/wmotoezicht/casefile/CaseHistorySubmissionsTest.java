package nl.wmotoezicht.casefile;

import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobsWithCalled;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wmotoezicht.cases.CaseVisibility;
import nl.wmotoezicht.investigation.InvestigationProcess;
import nl.wmotoezicht.investigation.ReportingProcess;
import nl.wmotoezicht.investigation.SignalReport;
import nl.wmotoezicht.publication.PublicationProcess;
import nl.wmotoezicht.testsupport.ProcessScenario;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the provider sent in is read once, in the instance that received the message: a signal investigation's repair
 * report and zienswijze arrive in its called process {@code rapportage}, which hands them back to the investigation
 * through the call activity's output mapping; that copy is no second submission.
 */
@ProcessScenario
class CaseHistorySubmissionsTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired CaseHistory caseHistory;
  @Autowired CaseVisibility visibility;

  @Test
  void aSubmissionToTheCalledReportingProcessIsOneEntryFromThatProcess() {
    ProcessInstance investigation = runtime.createMessageCorrelation(InvestigationProcess.Messages.SIGNAL_RECEIVED)
        .setVariables(signal()).correlateStartMessage();
    String caseNumber = investigation.getBusinessKey();
    untilTheRepairIsReported(investigation);
    work(investigation, ReportingProcess.Elements.ASSESS_REPAIR, Map.of("repairSufficient", true,
        "repairAssessment", "Voldoende."));
    work(investigation, ReportingProcess.Elements.WRITE_CONCEPT_REPORT, Map.of("reportConclusion", "Hersteld."));
    runtime.createMessageCorrelation(InvestigationProcess.Messages.ZIENSWIJZE_RECEIVED)
        .processInstanceBusinessKey(caseNumber)
        .setVariable(InvestigationProcess.Variables.ZIENSWIJZE.name(), "Wij herkennen het beeld.").correlate();
    work(investigation, ReportingProcess.Elements.PROCESS_ZIENSWIJZE, Map.of("zienswijzeResponse", "Opgenomen."));
    work(investigation, ReportingProcess.Elements.FINAL_REPORT, Map.of("finalConclusion", "Hersteld."));
    HistoricProcessInstance reporting = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).processDefinitionKey(ReportingProcess.KEY).singleResult();
    assertThat(reporting.getEndTime()).as("rapportage handed its variables back").isNotNull();
    assertThat(runtime.getVariable(investigation.getId(), InvestigationProcess.Variables.ZIENSWIJZE.name()))
        .isEqualTo("Wij herkennen het beeld.");

    List<CaseHistory.Entry> file = caseHistory.of(visibility.instancesOf(caseNumber));
    assertThat(file).filteredOn(e -> e.kind().equals("ingediend"))
        .extracting(CaseHistory.Entry::detail, CaseHistory.Entry::processInstanceId)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Invalpool ingericht.", reporting.getId()),
            org.assertj.core.groups.Tuple.tuple("Wij herkennen het beeld.", reporting.getId()));

    // the investigation on its own received nothing from the provider: the copies from rapportage are not read
    List<CaseHistory.Entry> investigationOnly = caseHistory.of(history.createHistoricProcessInstanceQuery()
        .processInstanceId(investigation.getId()).list());
    assertThat(investigationOnly).extracting(CaseHistory.Entry::kind).contains("gestart", "taak")
        .doesNotContain("ingediend");
  }

  @Test
  void theZienswijzeOnTheReportAndTheOneOnItsPublicationSayWhatTheyAreAbout() {
    ProcessInstance investigation = runtime.createMessageCorrelation(InvestigationProcess.Messages.SIGNAL_RECEIVED)
        .setVariables(signal()).correlateStartMessage();
    String caseNumber = investigation.getBusinessKey();
    untilTheRepairIsReported(investigation);
    work(investigation, ReportingProcess.Elements.ASSESS_REPAIR, Map.of("repairSufficient", false,
        "repairAssessment", "De invalpool dekt de avonden niet."));
    work(investigation, ReportingProcess.Elements.WRITE_CONCEPT_REPORT, Map.of("reportConclusion",
        "De veiligheid voldoet niet."));
    setClock("2026-11-30T09:00"); // the provider answers a week later (the scenario's clock stands still otherwise)
    runtime.createMessageCorrelation(InvestigationProcess.Messages.ZIENSWIJZE_RECEIVED)
        .processInstanceBusinessKey(caseNumber)
        .setVariable(InvestigationProcess.Variables.ZIENSWIJZE.name(), "Wij herkennen het beeld.").correlate();
    work(investigation, ReportingProcess.Elements.PROCESS_ZIENSWIJZE, Map.of("zienswijzeResponse", "Opgenomen."));
    work(investigation, ReportingProcess.Elements.FINAL_REPORT, Map.of("finalConclusion",
        "De veiligheid voldoet niet; handhaving is nodig."));
    ProcessInstance publication = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(PublicationProcess.KEY).singleResult();
    assertThat(publication).as("the final report went to publication").isNotNull();
    runAsyncJobs(management, publication);
    Task prepare = tasks.createTaskQuery().processInstanceId(publication.getId())
        .taskDefinitionKey(PublicationProcess.Elements.PREPARE_VERSION).singleResult();
    tasks.complete(prepare.getId(), Map.of("publicationTitle", "Toezichtrapport Wmo Zorg Thuis Zuid B.V.",
        "publicationFindingsClientgerichtheid", "Goed.", "publicationFindingsProfessionaliteit", "Goed.",
        "publicationFindingsVeiligheid", "Structurele uitval van begeleiding.",
        "publicationConclusion", "De veiligheid voldoet niet.", "personalDataRemoved", true));
    runAsyncJobs(management, publication);
    setClock("2026-12-07T09:00");
    runtime.createMessageCorrelation(PublicationProcess.Messages.VIEW_RECEIVED).processInstanceBusinessKey(caseNumber)
        .setVariable(PublicationProcess.Variables.VIEW.name(), "Wij vragen uitstel van de openbaarmaking.")
        .correlate();

    // the case's instances as the case file reads them (CaseVisibilityOrderTest: the same order every time)
    List<CaseHistory.Entry> sent = caseHistory.of(visibility.instancesOf(caseNumber)).stream()
        .filter(e -> e.kind().equals("ingediend")).toList();
    assertThat(sent).extracting(CaseHistory.Entry::title, CaseHistory.Entry::detail).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Ontvangen van de aanbieder: Melding van herstel", "Invalpool ingericht."),
        org.assertj.core.groups.Tuple.tuple("Ontvangen van de aanbieder: Zienswijze op het conceptrapport",
            "Wij herkennen het beeld."),
        org.assertj.core.groups.Tuple.tuple("Ontvangen van de aanbieder: Zienswijze op de openbaarmaking",
            "Wij vragen uitstel van de openbaarmaking."));
  }

  /** Completes the case's open task (in the investigation or the rapportage it called), then runs the jobs. */
  private void work(ProcessInstance investigation, String taskKey, Map<String, Object> values) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(investigation.getBusinessKey())
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey).isNotNull();
    tasks.complete(task.getId(), values);
    runAsyncJobsWithCalled(management, runtime, investigation);
  }

  /** A signal of the access team of Heerlen, as the intake API receives it. */
  private static Map<String, Object> signal() {
    return new SignalReport(UUID.randomUUID().toString(), "toegang", "Zorg Thuis Zuid B.V.", "12345678",
        "kwaliteit@zorgthuiszuid.example", "Wijkteam Heerlen-Noord", "GM0917", "Begeleiding komt al weken niet opdagen.",
        "2026-11-18", "Team Toegang Heerlen", "toegang@heerlen.demo.example", null).toVariables();
  }

  /** Triage, one use of a power, the themes judged, a repair offered and reported by the provider. */
  private void untilTheRepairIsReported(ProcessInstance investigation) {
    work(investigation, "Task_Triage", Map.of("onderwerp", "kwaliteit", "binnenReikwijdte", true,
        "acuutGevaarClienten", false, "veelClientenGeraakt", false, "vermoedenFraude", false,
        "triageMotivation", "Past in het Wmo-toezicht."));
    work(investigation, "Task_RecordPowerUse", Map.of("powerLegalBasis", "awb-5:17", "powerDate", "2026-11-23",
        "powerDescription", "Roosters ingezien.", "powerMotivation", "Alleen de roosters tonen de uitval.",
        "cooperationRefused", false, "anotherPower", false));
    work(investigation, "Task_JudgeThemes", Map.of("judgementClientgerichtheid", "voldoet",
        "findingsClientgerichtheid", "Goed.", "judgementProfessionaliteit", "voldoet",
        "findingsProfessionaliteit", "Goed.", "judgementVeiligheid", "voldoetNiet",
        "findingsVeiligheid", "Structurele uitval van begeleiding."));
    work(investigation, ReportingProcess.Elements.CHOOSE_REPAIR_OR_ESCALATE, Map.of("repairRoute", "herstelaanbod",
        "repairActions", "Invalpool inrichten.", "repairTerm", "P4W"));
    runtime.createMessageCorrelation(InvestigationProcess.Messages.REPAIR_REPORTED).processInstanceBusinessKey(investigation.getBusinessKey())
        .setVariable(InvestigationProcess.Variables.REPAIR_REPORT.name(), "Invalpool ingericht.").correlate();
  }
}
