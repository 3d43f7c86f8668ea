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
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowMapper;

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
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void recordStatements() {
    EngineStatements.installOn(engine.getProcessEngineConfiguration());
  }

  private ProcessInstance calamity() {
    return calamity(HEERLEN);
  }

  private ProcessInstance calamity(String municipalityCode) {
    Map<String, Object> report = new HashMap<>(CalamityFixtures.report(UUID.randomUUID().toString()));
    CaseVariables.MUNICIPALITY_CODE.put(report, municipalityCode);
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

  /** A JdbcTemplate on the application's data source that counts the queries sent through it. */
  private static final class CountingJdbc extends JdbcTemplate {
    int queries;

    CountingJdbc(JdbcTemplate of) {
      super(of.getDataSource());
    }

    @Override
    public <T> List<T> query(PreparedStatementCreator creator, RowMapper<T> mapper) {
      queries++;
      return super.query(creator, mapper);
    }
  }

  @Test
  void manyInstancesAreReadPerMunicipalityWithTheSameTasksAsPerInstance() {
    List<ProcessInstance> cases = List.of(calamity(), calamity(), calamity("GM0935"), calamity("GM0935"));
    ProcessInstance notAsked = calamity("GM0935");
    org.camunda.bpm.engine.task.Task undated = tasks.createTaskQuery().processInstanceId(cases.get(0).getId())
        .singleResult();
    undated.setDueDate(null);
    tasks.saveTask(undated);
    Set<String> ids = new HashSet<>(cases.stream().map(ProcessInstance::getId).toList());
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery().processInstanceIds(ids)
        .list();
    CountingJdbc perInstanceJdbc = new CountingJdbc(jdbc);
    CountingJdbc perMunicipalityJdbc = new CountingJdbc(jdbc);

    Map<String, List<DueTasks.DueTask>> perInstance = new DueTasks(perInstanceJdbc).byInstance(instances);
    // above two instances: per municipality (the application does so above one batch of 500)
    Map<String, List<DueTasks.DueTask>> perMunicipality = new DueTasks(perMunicipalityJdbc, 2).byInstance(instances);

    assertThat(perMunicipality).isEqualTo(perInstance).hasSize(3).doesNotContainKey(notAsked.getId())
        .doesNotContainKey(cases.get(0).getId());
    assertThat(perInstance.values()).allSatisfy(due -> assertThat(due).isNotEmpty());
    // one statement for both municipalities' tasks; the tasks of an instance not asked for are left out
    assertThat(perMunicipalityJdbc.queries).isEqualTo(1);
    assertThat(perInstanceJdbc.queries).isEqualTo(1);
    assertThat(new DueTasks(jdbc).of(List.copyOf(ids))).hasSize(3);
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
