package nl.wmotoezicht.casefile;

import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.cases.CaseVisibility;
import nl.wmotoezicht.dwangsom.ForfeitureLedger;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.testsupport.EngineStatements;
import nl.wmotoezicht.testsupport.ProcessScenario;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Termijnenoverzicht reads what it needs for many cases at once, not per case or per task (issue 16, wave 8: the
 * overview of a region, 12,000 running cases and 50,000 open tasks, sent 62,000 statements; {@code
 * bench/RESULTS-w8-cockpit.md}). Both fail on the code before: it read each task's model from the engine (a command
 * and a {@code SELECT} of its definition per task) and asked the verjaring dates of each case on its own.
 */
@ProcessScenario
class DeadlineReadsTest {

  private static final String HEERLEN = "GM0917";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired CaseVisibility visibility;
  @Autowired LegalBasis legalBasis;
  @Autowired List<CaseDateSource> dateSources;
  @Autowired ForfeitureLedger ledger;
  @Autowired DueTasks dueTasks;

  @BeforeEach
  void recordStatements() {
    EngineStatements.installOn(engine.getProcessEngineConfiguration());
  }

  private ProcessInstance calamity() {
    Map<String, Object> report = new HashMap<>(CalamityFixtures.report(UUID.randomUUID().toString()));
    CaseVariables.MUNICIPALITY_CODE.put(report, HEERLEN);
    ProcessInstance pi = runtime.createMessageCorrelation(CalamityProcess.Messages.REPORTED).setVariables(report)
        .correlateStartMessage();
    runAsyncJobs(management, pi);
    return pi;
  }

  private DeadlineService service(List<CaseDateSource> sources) {
    return new DeadlineService(visibility, dueTasks, management, repository, sources, legalBasis, identity);
  }

  @Test
  void moreCasesOfAProcessReadNoMoreModels() throws Exception {
    ProcessInstance first = calamity();
    long before = definitionReads();
    List<ProcessInstance> more = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      more.add(calamity());
    }

    List<CaseDeadlines>[] overview = new List[1];
    long after = definitionReads(overview);

    // each new case is listed with its contact task, due
    for (ProcessInstance pi : more) {
      CaseDeadlines listed = overview[0].stream().filter(c -> c.caseNumber().equals(pi.getBusinessKey())).findFirst()
          .orElseThrow();
      assertThat(listed.deadlines()).anySatisfy(d -> {
        assertThat(d.kind()).isEqualTo(Deadline.TASK);
        assertThat(d.label()).isEqualTo(tasks.createTaskQuery().processInstanceId(pi.getId())
            .taskDefinitionKey(CalamityProcess.Elements.CONTACT_REPORTER).singleResult().getName());
      });
    }
    assertThat(first.getBusinessKey()).isIn(overview[0].stream().map(CaseDeadlines::caseNumber).toList());
    // the model of the calamity process was read for the first case already (before: a read per task and per timer)
    assertThat(after).isEqualTo(before);
  }

  /** How often the overview reads a process definition (behind each model the engine gives). */
  private long definitionReads(List<CaseDeadlines>[] overview) throws Exception {
    List<String> statements = EngineStatements.onThisThread(() -> overview[0] = service(dateSources).runningCases());
    return statements.stream().filter(s -> s.endsWith("selectProcessDefinition")).count();
  }

  private long definitionReads() throws Exception {
    return definitionReads(new List[1]);
  }

  @Test
  void theDueTasksAreTheOnesTheEngineGivesInItsOrder() {
    List<ProcessInstance> cases = List.of(calamity(), calamity(), calamity());
    // one task without a due date, one case suspended
    org.camunda.bpm.engine.task.Task undated = tasks.createTaskQuery().processInstanceId(cases.get(0).getId())
        .singleResult();
    undated.setDueDate(null);
    tasks.saveTask(undated);
    runtime.suspendProcessInstanceById(cases.get(1).getId());
    List<String> ids = cases.stream().map(ProcessInstance::getId).toList();

    List<DueTasks.DueTask> expected = tasks.createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new)).list()
        .stream().filter(t -> t.getDueDate() != null)
        .map(t -> new DueTasks.DueTask(t.getProcessInstanceId(), t.getName(), t.getDueDate().toInstant(),
            t.getProcessDefinitionId(), t.getTaskDefinitionKey()))
        .toList();

    assertThat(dueTasks.of(ids)).isEqualTo(expected).hasSize(2)
        .noneMatch(t -> t.processInstanceId().equals(cases.get(0).getId()));
  }

  @Test
  void theVerjaringDatesOfAllCasesAreAskedAtOnce() {
    ProcessInstance pi = calamity();
    // a forfeiture under the running case's number, as a last onder dwangsom of the case would have
    ledger.record(pi.getBusinessKey(), "87654321", "Zorg Thuis Zuid B.V.", HEERLEN, LocalDate.of(2026, 11, 23),
        new BigDecimal("500.00"), new BigDecimal("5000.00"));
    List<CaseDateSource> watched = dateSources.stream().map(s -> spy(s)).toList();

    List<CaseDeadlines> overview = service(watched).runningCases();

    CaseDeadlines withForfeiture = overview.stream().filter(c -> c.caseNumber().equals(pi.getBusinessKey()))
        .findFirst().orElseThrow();
    assertThat(withForfeiture.deadlines()).extracting(Deadline::kind).contains(Deadline.VERJARING);
    for (CaseDateSource source : watched) {
      verify(source, never()).datesOf(any(String.class), any(String.class));
    }
  }
}
