package nl.wmotoezicht.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.cases.CaseVisibility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Service;

/**
 * The dates of running cases: the due dates of open tasks, the dated timers of the models (with the
 * timer's name) and the dates the process modules keep themselves ({@link CaseDateSource}, e.g. the
 * verjaring dates of open forfeitures). Each date carries its legal
 * basis where the model or the law gives one. "Today" and days left are counted in Europe/Amsterdam on
 * the engine clock.
 *
 * <p>Only cases the caller may see are listed ({@link CaseVisibility}); their dates are then read as the
 * system.
 */
@Service
public class DeadlineService {

  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  /** Process instances per task or job query (the IN list stays well below database limits). */
  private static final int BATCH = 500;

  private final CaseVisibility visibility;
  private final DueTasks dueTasks;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final List<CaseDateSource> dateSources;
  private final LegalBasis legalBasis;
  private final IdentityService identityService;

  DeadlineService(CaseVisibility visibility, DueTasks dueTasks, ManagementService managementService,
      RepositoryService repositoryService, List<CaseDateSource> dateSources, LegalBasis legalBasis,
      IdentityService identityService) {
    this.identityService = identityService;
    this.visibility = visibility;
    this.dueTasks = dueTasks;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
    this.dateSources = dateSources;
    this.legalBasis = legalBasis;
  }

  /**
   * What the overview is narrowed to.
   *
   * @param municipalityCode only the cases of this municipality (one the caller works for: checked by the caller of
   *     this service); null: every case the caller may see
   * @param withinDays only the cases whose next date is overdue or falls within this many days from today; a case
   *     without dates, or whose next date has no fixed end (art. 5:35 lid 2 Awb), does not; null: no such narrowing
   */
  public record Filter(String municipalityCode, Integer withinDays) {

    /** Every case the caller may see. */
    public static final Filter NONE = new Filter(null, null);

    boolean matches(CaseDeadlines c) {
      if (withinDays == null) {
        return true;
      }
      Deadline next = c.nextDeadline();
      return next != null && !next.untilDecided() && (next.overdue() || next.daysLeft() <= withinDays);
    }
  }

  /** The caller's running cases, the most urgent first: overdue ones, then by days left; cases without dates last. */
  public List<CaseDeadlines> runningCases() {
    return runningCases(Filter.NONE);
  }

  /**
   * The caller's running cases that pass the filter, in the order of {@link #runningCases()}. The municipality
   * narrows what is read (that municipality's instances, and only their dates); the order needs every listed case's
   * dates, so a page is cut from the whole ordered list ({@link #page}).
   */
  public List<CaseDeadlines> runningCases(Filter filter) {
    List<HistoricProcessInstance> instances = listed(filter);
    List<CaseDeadlines> cases = visibility.asSystem(() -> of(instances));
    return cases.stream().filter(filter::matches).sorted(MOST_URGENT_FIRST).toList();
  }

  /**
   * A page of {@link #runningCases(Filter)}: at most {@code maxResults} cases from position {@code firstResult} (0:
   * the most urgent); empty past the end.
   */
  public List<CaseDeadlines> page(Filter filter, int firstResult, int maxResults) {
    List<CaseDeadlines> all = runningCases(filter);
    int from = Math.min(firstResult, all.size());
    return all.subList(from, (int) Math.min((long) from + maxResults, all.size()));
  }

  /**
   * How many cases {@link #runningCases(Filter)} lists. Without {@code withinDays} the running instances are counted
   * without reading a date; with it every listed case's next date must be known.
   */
  public long count(Filter filter) {
    if (filter.withinDays() == null) {
      return listed(filter).size();
    }
    return runningCases(filter).size();
  }

  private List<HistoricProcessInstance> listed(Filter filter) {
    return visibility.runningInstances(filter.municipalityCode()).stream()
        .filter(i -> i.getBusinessKey() != null).toList();
  }

  /** The dates of one case's running instances (the caller must be allowed to see them), earliest first. */
  public List<Deadline> forInstances(List<HistoricProcessInstance> instances) {
    List<HistoricProcessInstance> running = instances.stream().filter(i -> i.getEndTime() == null).toList();
    return visibility.asSystem(() -> {
      List<Deadline> all = new ArrayList<>();
      of(running).forEach(c -> all.addAll(c.deadlines()));
      all.sort(EARLIEST_FIRST);
      return all;
    });
  }

  static final Comparator<Deadline> EARLIEST_FIRST =
      Comparator.comparing(Deadline::dueAt, Comparator.nullsLast(Comparator.naturalOrder()));

  static final Comparator<CaseDeadlines> MOST_URGENT_FIRST = Comparator
      .comparing((CaseDeadlines c) -> c.nextDeadline() == null)
      .thenComparing(c -> c.nextDeadline() == null ? 0L : c.nextDeadline().daysLeft())
      .thenComparing(c -> c.nextDeadline() == null || c.nextDeadline().dueAt() == null ? Instant.MAX
          : c.nextDeadline().dueAt())
      .thenComparing(CaseDeadlines::caseNumber)
      // a case's running processes (an investigation and its publication share a number): the same order every time
      .thenComparing(CaseDeadlines::processInstanceId, Comparator.nullsLast(Comparator.naturalOrder()));

  /**
   * Reads the tasks of the instances ({@link DueTasks#byInstance}) and their timers in batches, the other sources'
   * dates in one go and each model once:
   * a fixed number of statements per 500 cases, not some per case or per task ({@code bench/RESULTS-w8-cockpit.md}).
   */
  private List<CaseDeadlines> of(List<HistoricProcessInstance> instances) {
    Map<String, List<DueTasks.DueTask>> tasksByInstance = dueTasks.byInstance(instances);
    Map<String, List<Job>> timersByInstance = new HashMap<>();
    for (int from = 0; from < instances.size(); from += BATCH) {
      List<String> ids = instances.subList(from, Math.min(instances.size(), from + BATCH)).stream()
          .map(HistoricProcessInstance::getId).toList();
      managementService.createJobQuery().processInstanceIds(new HashSet<>(ids)).timers().list()
          .forEach(j -> timersByInstance.computeIfAbsent(j.getProcessInstanceId(), k -> new ArrayList<>()).add(j));
    }
    List<CaseDateSource.RunningCase> running = instances.stream()
        .map(i -> new CaseDateSource.RunningCase(i.getBusinessKey(), i.getTenantId())).distinct().toList();
    List<Map<CaseDateSource.RunningCase, List<CaseDateSource.CaseDate>>> sourceDates = dateSources.stream()
        .map(source -> source.datesOf(running)).toList();
    Reading reading = new Reading(legalBasis.reading());
    identityService.createTenantQuery().list().forEach(t -> reading.municipalities.put(t.getId(), t.getName()));
    return instances.stream().map(i -> {
      CaseDateSource.RunningCase key = new CaseDateSource.RunningCase(i.getBusinessKey(), i.getTenantId());
      List<CaseDateSource.CaseDate> dates = sourceDates.stream()
          .flatMap(d -> d.getOrDefault(key, List.of()).stream()).toList();
      return of(i, tasksByInstance.getOrDefault(i.getId(), List.of()),
          timersByInstance.getOrDefault(i.getId(), List.of()), dates, reading);
    }).toList();
  }

  /** What one reading of many cases looks up once: process names, timer activities, municipalities, models. */
  private static final class Reading {
    final Map<String, String> processNames = new HashMap<>();
    final Map<String, String> activities = new HashMap<>();
    final Map<String, String> municipalities = new HashMap<>();
    final Map<String, String> activityNames = new HashMap<>();
    final LegalBasis.Reading legalBasis;

    Reading(LegalBasis.Reading legalBasis) {
      this.legalBasis = legalBasis;
    }
  }

  private CaseDeadlines of(HistoricProcessInstance instance, List<DueTasks.DueTask> tasks, List<Job> timers,
      List<CaseDateSource.CaseDate> dates, Reading reading) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    LocalDate today = LocalDate.ofInstant(now, ZONE);
    List<Deadline> deadlines = new ArrayList<>();
    for (DueTasks.DueTask task : tasks) {
      deadlines.add(deadline(Deadline.TASK, task.name(), task.dueAt(), now, today,
          reading.legalBasis.of(task.processDefinitionId(), task.taskDefinitionKey())));
    }
    for (Job job : timers) {
      if (job.getDuedate() == null) {
        continue;
      }
      String activityId = job.getJobDefinitionId() == null ? null
          : reading.activities.computeIfAbsent(job.getJobDefinitionId(), this::activityOf);
      String name = activityName(reading, job.getProcessDefinitionId(), activityId);
      String lastDayOf = reading.legalBasis.lastDayOf(job.getProcessDefinitionId(), activityId);
      Instant dueAt = job.getDuedate().toInstant();
      if (lastDayOf != null) {
        // the timer fires at 00:00 after the last day of the term: show that last day, labelled as such
        LocalDate last = LocalDate.ofInstant(dueAt, ZONE).minusDays(1);
        deadlines.add(new Deadline(Deadline.TIMER, "Laatste dag " + lastDayOf.toLowerCase(java.util.Locale.ROOT), last,
            dueAt, ChronoUnit.DAYS.between(today, last), dueAt.isBefore(now),
            reading.legalBasis.of(job.getProcessDefinitionId(), activityId)));
        continue;
      }
      deadlines.add(deadline(Deadline.TIMER, name, dueAt, now, today,
          reading.legalBasis.of(job.getProcessDefinitionId(), activityId)));
    }
    for (CaseDateSource.CaseDate date : dates) {
      if (date.untilDecided()) {
        // no fixed end (art. 5:35 lid 2 Awb): never overdue, listed after the dated ones
        deadlines.add(new Deadline(date.kind(), date.label(), date.lastDay(), null, 0, false, date.legalBasis(),
            true));
        continue;
      }
      Instant end = date.lastDay().plusDays(1).atStartOfDay(ZONE).toInstant();
      deadlines.add(new Deadline(date.kind(), date.label(), date.lastDay(), end,
          ChronoUnit.DAYS.between(today, date.lastDay()), !now.isBefore(end), date.legalBasis()));
    }
    deadlines.sort(EARLIEST_FIRST);
    String processName = instance.getProcessDefinitionName() != null ? instance.getProcessDefinitionName()
        : reading.processNames.computeIfAbsent(instance.getProcessDefinitionId(),
            id -> repositoryService.getProcessDefinition(id).getName());
    return new CaseDeadlines(instance.getBusinessKey(), instance.getProcessDefinitionKey(), processName,
        instance.getTenantId(), instance.getTenantId() == null ? null : reading.municipalities.get(instance.getTenantId()),
        deadlines.isEmpty() ? null : deadlines.get(0), List.copyOf(deadlines), instance.getId());
  }

  private static Deadline deadline(String kind, String label, Instant dueAt, Instant now, LocalDate today,
      String basis) {
    LocalDate date = LocalDate.ofInstant(dueAt, ZONE);
    return new Deadline(kind, label, date, dueAt, ChronoUnit.DAYS.between(today, date), dueAt.isBefore(now), basis);
  }

  private String activityOf(String jobDefinitionId) {
    JobDefinition definition = managementService.createJobDefinitionQuery().jobDefinitionId(jobDefinitionId)
        .singleResult();
    return definition == null ? null : definition.getActivityId();
  }

  private static String activityName(Reading reading, String processDefinitionId, String activityId) {
    if (activityId == null) {
      return "Timer";
    }
    return reading.activityNames.computeIfAbsent(processDefinitionId + '\n' + activityId, key -> {
      var model = reading.legalBasis.model(processDefinitionId);
      var element = model == null ? null : model.getModelElementById(activityId);
      String name = element == null ? null : element.getAttributeValue("name");
      return name == null || name.isBlank() ? activityId : name;
    });
  }
}
