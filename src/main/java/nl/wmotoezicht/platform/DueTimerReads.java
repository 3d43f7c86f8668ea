package nl.wmotoezicht.platform;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore.VariablesProvider;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The reads of a batch of due timers ({@link ExecuteDueTimersCmd}) with one statement for all its cases instead of
 * one per job (issue 16, bench P3): the jobs by id, the execution tree of each case, the jobs of each execution, the
 * jobs' incidents, and variables read by name.
 * Camunda's own path reads each of these when a job runs: {@code selectJob}, {@code selectExecution} and
 * {@code selectExecutionsByProcessInstanceId} (the execution tree, {@code ExecutionEntity.ensureExecutionTreeInitialized})
 * and {@code selectJobsByExecutionId} ({@code ExecutionEntity.ensureJobsInitialized}): four statements per due timer.
 *
 * <p>What is read is what those statements read, mapped by Camunda's own result maps ({@code DueTimerReads.xml}) into
 * the command's entity cache, so the jobs then find their rows there instead of asking the database. The execution tree
 * of each case is put together by Camunda's own {@code ExecutionEntity.restoreProcessInstance}, as Camunda does after
 * its one read of a case's executions. Each execution's list of jobs is set to the jobs read for it, as Camunda's
 * {@code findJobsByExecutionId} would give it; that list is a protected field of the engine's entity: should a later
 * Camunda version rename it, the jobs read their lists as before (a warning at start-up).
 *
 * <p>Variables a job reads by name from an execution whose variables are not loaded (Camunda's {@code
 * selectVariablesByExecutionId} with names, one statement per job: e.g. the case's municipality and provider the task
 * lists show, {@code webapps/TaskListVariables}) are read once for every execution of the batch's cases, on the first
 * such read in the batch ({@link NamedVariables}). A store asks for variables by name only while nothing in the command
 * has changed it, so what the batch read is what the database holds for it.
 *
 * <p>Internal Camunda API (entity cache, entities, result maps): re-check at every Camunda upgrade
 * ({@code docs/beheer.md}).
 */
@Component
@ConditionalOnProperty(name = "wmo.jobs.due-timer-batch.enabled", matchIfMissing = true) // off: Camunda's own reads
class DueTimerReads extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DueTimerReads.class);

  private static final String MAPPER = "nl/wmotoezicht/platform/DueTimerReads.xml";
  static final String NAMESPACE = "nl.wmotoezicht.platform.DueTimerReads.";
  static final String JOBS_BY_IDS = NAMESPACE + "selectJobsByIds";
  static final String EXECUTIONS_OF_CASES = NAMESPACE + "selectExecutionsByProcessInstanceIds";
  static final String JOBS_OF_CASES = NAMESPACE + "selectJobsByProcessInstanceIds";
  static final String NAMED_VARIABLES_OF_CASES = NAMESPACE + "selectNamedVariablesOfProcessInstances";
  static final String INCIDENTS_OF_JOBS = NAMESPACE + "selectIncidentsByConfigurations";

  /** The incidents the running batch read for its jobs (by configuration), while its command runs on this thread. */
  private static final ThreadLocal<JobIncidents> BATCH_INCIDENTS = new ThreadLocal<>();

  /** {@code ExecutionEntity.jobs}, or null when this Camunda version has no such field. */
  private static final VarHandle EXECUTION_JOBS = field("jobs", List.class);
  /** {@code ExecutionEntity.variableStore}, or null when this Camunda version has no such field. */
  private static final VarHandle EXECUTION_VARIABLES = field("variableStore", VariableStore.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.isCompositeIncidentHandlersEnabled()) {
      return; // a custom handler would run beside Camunda's, not instead of it: each job asks, as Camunda does
    }
    List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomIncidentHandlers());
    if (handlers.stream().noneMatch(h -> Incident.FAILED_JOB_HANDLER_TYPE.equals(h.getIncidentHandlerType()))) {
      handlers.add(new FailedJobIncidents());
      configuration.setCustomIncidentHandlers(handlers);
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    synchronized (mybatis) {
      if (mybatis.hasStatement(JOBS_BY_IDS, false)) {
        return; // a shared session factory: already read for another engine
      }
      try (InputStream mapper = DueTimerReads.class.getClassLoader().getResourceAsStream(MAPPER)) {
        if (mapper == null) {
          throw new IllegalStateException(MAPPER + " is missing from the class path");
        }
        new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + MAPPER, e);
      }
    }
  }

  /** The jobs of these ids that still exist, by id, read with one statement into the command's entity cache. */
  static Map<String, JobEntity> jobs(CommandContext command, Collection<String> ids) {
    Map<String, JobEntity> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    for (Object job : select(command, JOBS_BY_IDS, List.copyOf(new LinkedHashSet<>(ids)))) {
      found.put(((JobEntity) job).getId(), (JobEntity) job);
    }
    return found;
  }

  /**
   * Reads the execution tree and the executions' jobs of the cases of these jobs with two statements, into the
   * command's entity cache, as Camunda would read them case by case when the jobs run, and lets the cases' executions
   * answer reads by name from one read for the batch ({@link NamedVariables}).
   */
  @SuppressWarnings("unchecked")
  static void casesOf(CommandContext command, Collection<JobEntity> jobs) {
    List<String> cases = jobs.stream().map(JobEntity::getProcessInstanceId).distinct().toList();
    if (cases.isEmpty()) {
      return;
    }
    // a case with an execution in the cache already is left to Camunda's own reads (its tree may be half-built)
    Set<String> cached = new HashSet<>();
    for (ExecutionEntity execution : command.getDbEntityManager().getCachedEntitiesByType(ExecutionEntity.class)) {
      cached.add(execution.getProcessInstanceId());
    }
    Map<String, List<ExecutionEntity>> treeOfCase = new HashMap<>();
    for (Object execution : select(command, EXECUTIONS_OF_CASES, cases)) {
      ExecutionEntity entity = (ExecutionEntity) execution;
      if (!cached.contains(entity.getProcessInstanceId())) {
        treeOfCase.computeIfAbsent(entity.getProcessInstanceId(), id -> new ArrayList<>()).add(entity);
      }
    }
    if (treeOfCase.isEmpty()) {
      return;
    }
    treeOfCase.forEach((caseId, tree) -> tree.stream().filter(e -> e.getId().equals(caseId)).findFirst()
        .ifPresent(processInstance -> processInstance.restoreProcessInstance(tree, null, null, null, null, null, null)));
    if (EXECUTION_VARIABLES != null) {
      NamedVariables named = new NamedVariables(command, List.copyOf(treeOfCase.keySet()));
      treeOfCase.values().forEach(tree -> tree.forEach(execution -> ((VariableStore<VariableInstanceEntity>)
          EXECUTION_VARIABLES.get(execution)).setVariablesProvider(new BatchVariables(execution, named))));
    }
    if (EXECUTION_JOBS == null) {
      return;
    }
    Map<String, List<JobEntity>> jobsOfExecution = new HashMap<>();
    for (Object job : select(command, JOBS_OF_CASES, List.copyOf(treeOfCase.keySet()))) {
      JobEntity entity = (JobEntity) job;
      if (entity.getExecutionId() != null) {
        jobsOfExecution.computeIfAbsent(entity.getExecutionId(), id -> new ArrayList<>()).add(entity);
      }
    }
    for (List<ExecutionEntity> tree : treeOfCase.values()) {
      for (ExecutionEntity execution : tree) {
        if (EXECUTION_JOBS.get(execution) == null) { // not read yet: as findJobsByExecutionId would give it
          EXECUTION_JOBS.set(execution, jobsOfExecution.getOrDefault(execution.getId(), new ArrayList<>()));
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> select(CommandContext command, String statement, List<String> ids) {
    DbEntityManager entities = command.getDbEntityManager();
    return entities.selectListWithRawParameter(statement, ids, 0, Integer.MAX_VALUE);
  }

  /**
   * Runs the batch's work with the incidents of its jobs read once ({@link FailedJobIncidents}): Camunda deletes a
   * job's failed-job incidents when the job is done, and asks the database for them (by configuration: the job's id)
   * for every job, also one that never failed.
   */
  static <T> T withIncidentsOf(CommandContext command, Collection<JobEntity> jobs, Supplier<T> work) {
    if (jobs.isEmpty() || !(command.getProcessEngineConfiguration()
        .getIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE) instanceof FailedJobIncidents)) {
      return work.get(); // another handler (composite handlers on, or a custom one) reads each job's incidents itself
    }
    List<String> ids = jobs.stream().map(JobEntity::getId).toList();
    Map<String, List<IncidentEntity>> byConfiguration = new HashMap<>();
    for (Object row : select(command, INCIDENTS_OF_JOBS, ids)) {
      IncidentEntity incident = (IncidentEntity) row;
      byConfiguration.computeIfAbsent(incident.getConfiguration(), id -> new ArrayList<>()).add(incident);
    }
    JobIncidents before = BATCH_INCIDENTS.get();
    BATCH_INCIDENTS.set(new JobIncidents(command, Set.copyOf(ids), byConfiguration));
    try {
      return work.get();
    } finally {
      BATCH_INCIDENTS.set(before);
    }
  }

  /** The incidents of the batch's jobs as the batch read them, by configuration (job id). */
  record JobIncidents(CommandContext command, Set<String> jobIds, Map<String, List<IncidentEntity>> byConfiguration) {

    /** The incidents of this configuration, or null when the batch did not read it (or another command asks). */
    List<IncidentEntity> of(String configuration) {
      return Context.getCommandContext() == command && jobIds.contains(configuration)
          ? byConfiguration.getOrDefault(configuration, List.of()) : null;
    }
  }

  /**
   * Camunda's handler of failed-job incidents ({@link DefaultIncidentHandler}), except that the incidents of a job of
   * a running batch are taken from the batch's one read instead of one read per job. For every other job, and for
   * creating incidents, it is Camunda's handler.
   */
  static final class FailedJobIncidents extends DefaultIncidentHandler {

    FailedJobIncidents() {
      super(Incident.FAILED_JOB_HANDLER_TYPE);
    }

    @Override
    protected void removeIncident(IncidentContext context, boolean incidentResolved) {
      JobIncidents batch = BATCH_INCIDENTS.get();
      List<IncidentEntity> read = batch == null ? null : batch.of(context.getConfiguration());
      if (read == null) {
        super.removeIncident(context, incidentResolved);
        return;
      }
      for (IncidentEntity incident : read) { // as Camunda's handler does with what it reads
        if (incidentResolved) {
          incident.resolve();
        } else {
          incident.delete();
        }
      }
    }
  }

  /**
   * Variables read by name for the executions of the batch's cases: one statement for all of them per set of names
   * (the first read of a set reads it for every execution of the batch), served from what was read thereafter.
   */
  static final class NamedVariables {

    private final CommandContext command;
    private final List<String> cases;
    private final Map<Set<String>, Map<String, List<VariableInstanceEntity>>> readByNames = new HashMap<>();

    NamedVariables(CommandContext command, List<String> cases) {
      this.command = command;
      this.cases = cases;
    }

    /** The execution's variables of these names as the batch read them, or null outside the batch's command. */
    List<VariableInstanceEntity> of(String executionId, Collection<String> names) {
      if (Context.getCommandContext() != command) {
        return null;
      }
      Map<String, List<VariableInstanceEntity>> byExecution = readByNames.entrySet().stream()
          .filter(read -> read.getKey().containsAll(names)).map(Map.Entry::getValue).findFirst()
          .orElseGet(() -> read(names));
      List<VariableInstanceEntity> found = new ArrayList<>();
      for (VariableInstanceEntity variable : byExecution.getOrDefault(executionId, List.of())) {
        if (names.contains(variable.getName())) {
          found.add(variable);
        }
      }
      return found;
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<VariableInstanceEntity>> read(Collection<String> names) {
      Set<String> key = Set.copyOf(names);
      List<Object> rows = command.getDbEntityManager().selectListWithRawParameter(NAMED_VARIABLES_OF_CASES,
          Map.of("cases", cases, "names", List.copyOf(key)), 0, Integer.MAX_VALUE);
      Map<String, List<VariableInstanceEntity>> byExecution = new HashMap<>();
      for (Object row : rows) {
        VariableInstanceEntity variable = (VariableInstanceEntity) row;
        byExecution.computeIfAbsent(variable.getExecutionId(), id -> new ArrayList<>()).add(variable);
      }
      readByNames.put(key, byExecution);
      return byExecution;
    }
  }

  /**
   * The provider of a batch execution's variables: all of them as Camunda reads them ({@code ExecutionEntity}); by
   * name from the batch's one read. The store asks its provider only while nothing in the command has changed it
   * (a change loads all of the execution's variables first), so what the batch read is what the database holds.
   */
  static final class BatchVariables implements VariablesProvider<VariableInstanceEntity> {

    private final ExecutionEntity execution;
    private final NamedVariables named;

    BatchVariables(ExecutionEntity execution, NamedVariables named) {
      this.execution = execution;
      this.named = named;
    }

    @Override
    public Collection<VariableInstanceEntity> provideVariables() {
      return execution.provideVariables();
    }

    @Override
    public Collection<VariableInstanceEntity> provideVariables(Collection<String> variableNames) {
      List<VariableInstanceEntity> read = variableNames == null || variableNames.isEmpty() ? null
          : named.of(execution.getId(), variableNames);
      return read != null ? read : execution.provideVariables(variableNames);
    }
  }

  private static VarHandle field(String name, Class<?> type) {
    try {
      return MethodHandles.privateLookupIn(ExecutionEntity.class, MethodHandles.lookup())
          .findVarHandle(ExecutionEntity.class, name, type);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("ExecutionEntity.{} not accessible ({}): a batch of due timers leaves that read to each job, as "
          + "Camunda does", name, e.toString());
      return null;
    }
  }
}
