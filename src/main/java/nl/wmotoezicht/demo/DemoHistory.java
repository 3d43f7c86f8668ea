package nl.wmotoezicht.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wmotoezicht.bezwaar.BezwaarProcess;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.cases.RegisterCaseDelegate;
import nl.wmotoezicht.dwangsom.DwangsomProcess;
import nl.wmotoezicht.inspection.InspectionProcess;
import nl.wmotoezicht.investigation.InvestigationProcess;
import nl.wmotoezicht.investigation.ReportingProcess;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProcessVariable;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.kernel.ReporterVariables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The previous calendar year's history for the demo (docs/demo-historie.md): calamities, signals, investigations with
 * herstelaanbod, escalation and zienswijze, planned and extra quality inspections, publications requested and
 * enforcement cases started from the advice — each made by the real process (its start, validators, decisions,
 * letters and documents), with the engine clock moved to the day each step happened, so history, the case register
 * and our tables hold what a year of work would. Only with {@code wmo.demo.users-enabled=true} (the demo profile);
 * it runs at start-up when {@code wmo.demo.history.enabled=true}. Idempotent: a year already present is left alone.
 */
@Component
@ConditionalOnProperty(name = "wmo.demo.users-enabled", havingValue = "true")
public class DemoHistory {

  /** The repair term the demo supervisor types in the herstelaanbod form (a choice per case, not a named term). */
  private static final String SUPERVISORS_REPAIR_TERM = Period.ofWeeks(4).toString();
  /** The terms the demo college sets in the voornemen of the last onder dwangsom (choices per case,
      not named terms). */
  private static final String COLLEGES_COMPLIANCE_TERM = Period.ofWeeks(4).toString();
  private static final String COLLEGES_ZIENSWIJZE_TERM = Period.ofWeeks(2).toString();
  private static final String COLLEGES_TIME_UNIT = Period.ofWeeks(1).toString();
  private static final String DWANGSOM_VIOLATION = "Geen VOG voor medewerkers die cliënten begeleiden (demo-historie).";

  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  static final String ZORG_THUIS_ZUID = "12345678";
  static final String PARKSTAD = "23456789";
  static final String MAASVALLEI = "34567890";
  private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final HistoryService history;
  private final IdentityService identity;
  private final boolean enabled;
  /** False until the start-up's history is made (or when it is not wanted). */
  private volatile boolean startedUp;
  /** Histories being made (or waiting to be): the engine's clock is then another year's. */
  private final AtomicInteger seeding = new AtomicInteger();
  /** Notified whenever {@link #ready()} may have become true (not the seeding's lock: that is held while seeding). */
  private final Object readiness = new Object();

  DemoHistory(RuntimeService runtime, TaskService tasks, ManagementService management, HistoryService history,
      IdentityService identity, @Value("${wmo.demo.history.enabled:false}") boolean enabled) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.history = history;
    this.identity = identity;
    this.enabled = enabled;
    this.startedUp = !enabled;
  }

  /** At start-up (after the demo providers): last year's history, once. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(50)
  void addLastYear() {
    try {
      if (enabled) {
        seed(LocalDate.now(ZONE).getYear() - 1);
      }
    } finally {
      startedUp = true;
      readinessChanged();
    }
  }

  /**
   * Whether the start-up's history is made (or not wanted) and no history is being made, so that the engine's clock
   * is today's: until then {@code /actuator/health} answers 503 (DemoHistoryHealth) and so do the API paths
   * (DemoHistoryTrafficFilter).
   */
  public boolean ready() {
    return startedUp && seeding.get() == 0;
  }

  /**
   * Waits until {@link #ready()}, at most this long.
   *
   * @return whether ready
   */
  public boolean awaitReady(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    synchronized (readiness) {
      while (!ready()) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return false;
        }
        readiness.wait(left);
      }
      return true;
    }
  }

  private void readinessChanged() {
    synchronized (readiness) {
      readiness.notifyAll();
    }
  }

  /** Whether the history of this year is present (its first signal is the marker). */
  public boolean present(int year) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(InvestigationProcess.KEY)
        .variableValueEquals(InvestigationProcess.Variables.REPORTER_REFERENCE.name(), reference(year, 1)).count() > 0;
  }

  /**
   * Makes the history of the calendar year by running the processes; nothing when it is there already. The dwangsom
   * part has its own marker, so a demo database made before it was added gets it on the next start.
   */
  public void seed(int year) {
    seeding.incrementAndGet();
    try {
      synchronized (this) {
        seedNow(year);
      }
    } finally {
      seeding.decrementAndGet();
      readinessChanged();
    }
  }

  private void seedNow(int year) {
    boolean cases = present(year);
    boolean dwangsom = dwangsomPresent(year);
    if (cases && dwangsom) {
      LOG.info("Demo history {} present", year);
      return;
    }
    long started = System.currentTimeMillis();
    long dwangsomStarted = started;
    identity.clearAuthentication();
    try {
      if (!cases) {
        signals(year);
        calamities(year);
        inspections(year);
      }
      dwangsomStarted = System.currentTimeMillis();
      if (!dwangsom) {
        dwangsom(year);
      }
    } finally {
      ClockUtil.reset();
    }
    long now = System.currentTimeMillis();
    LOG.info("Demo history {} made in {} ms (dwangsom and bezwaar {} ms)", year, now - started, now - dwangsomStarted);
  }

  /** Whether the year's last onder dwangsom is present (its violation in that year is the marker). */
  private boolean dwangsomPresent(int year) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(DwangsomProcess.KEY)
        .variableValueEquals(RegisterCaseDelegate.VIOLATION.name(), DWANGSOM_VIOLATION)
        .startedAfter(Date.from(LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant()))
        .startedBefore(Date.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toInstant())).count() > 0;
  }

  // ------------------------------------------------------------------------------------------------ signals

  private void signals(int year) {
    // 1. out of scope: closed after the triage, with feedback to the reporter
    at(year, 2, 3);
    String outOfScope = signal(year, 1, ZORG_THUIS_ZUID, "Zorg Thuis Zuid B.V.", "kwaliteit@zorgthuiszuid.example",
        "GM0917", "burger", "Klacht over de facturering van de eigen bijdrage.");
    at(year, 2, 5);
    complete(outOfScope, InvestigationProcess.Elements.TRIAGE, triage("rechtmatigheid", false));
    settle(outOfScope);

    // 2. herstelaanbod carried out; zienswijze; advice: no action
    at(year, 3, 9);
    String repaired = signal(year, 2, ZORG_THUIS_ZUID, "Zorg Thuis Zuid B.V.", "kwaliteit@zorgthuiszuid.example",
        "GM0917", "toegang", "Begeleiding valt structureel uit; cliënten worden niet gebeld.");
    at(year, 3, 10);
    complete(repaired, InvestigationProcess.Elements.TRIAGE, triage("kwaliteit", true));
    at(year, 3, 17);
    complete(repaired, InvestigationProcess.Elements.RECORD_POWER_USE, power(year, 3, 17, "wmo-6.1-lid2"));
    at(year, 3, 24);
    complete(repaired, InvestigationProcess.Elements.JUDGE_THEMES, judgement("voldoet", "voldoet", "voldoetDeels"));
    report(repaired, year, 3, 26, "herstelaanbod", true);
    advice(repaired, InvestigationProcess.Elements.ADVISE_COLLEGE, year, 6, 2, "geenActie");

    // 3. serious shortcomings: escalated at once; advice to enforce starts the pyramid
    at(year, 8, 25);
    String escalated = signal(year, 3, MAASVALLEI, "Thuiszorg Maasvallei B.V.", "kwaliteit@maasvallei.example",
        "GM0935", "contractmanager", "Medicatie wordt niet afgetekend; meerdere incidenten gemeld.");
    at(year, 8, 26);
    complete(escalated, InvestigationProcess.Elements.TRIAGE, triage("kwaliteit", true));
    at(year, 9, 2);
    complete(escalated, InvestigationProcess.Elements.RECORD_POWER_USE, power(year, 9, 2, "awb-5:15"));
    at(year, 9, 9);
    complete(escalated, InvestigationProcess.Elements.JUDGE_THEMES,
        judgement("voldoetDeels", "voldoetNiet", "voldoetNiet"));
    report(escalated, year, 9, 11, "escaleren", false);
    advice(escalated, InvestigationProcess.Elements.ADVISE_COLLEGE, year, 11, 3, "handhaven");
  }

  private String signal(int year, int number, String kvk, String name, String email, String municipality,
      String source, String description) {
    Map<String, Object> signal = new HashMap<>();
    InvestigationProcess.Variables.REPORTER_REFERENCE.put(signal, reference(year, number));
    InvestigationProcess.Variables.SIGNAL_SOURCE.put(signal, source);
    ProviderVariables.PROVIDER_NAME.put(signal, name);
    ProviderVariables.PROVIDER_KVK_NUMBER.put(signal, kvk);
    ProviderVariables.PROVIDER_EMAIL.put(signal, email);
    InvestigationProcess.Variables.LOCATION.put(signal, "Wijkteam");
    CaseVariables.MUNICIPALITY_CODE.put(signal, municipality);
    InvestigationProcess.Variables.DESCRIPTION.put(signal, description);
    InvestigationProcess.Variables.OBSERVED_ON.put(signal, today().minusDays(3).toString());
    InvestigationProcess.Variables.REPORTER_NAME.put(signal, "Demo-melder");
    ProcessInstance pi = runtime.createMessageCorrelation(InvestigationProcess.Messages.SIGNAL_RECEIVED)
        .setVariables(signal).correlateStartMessage();
    return pi.getBusinessKey();
  }

  private static String reference(int year, int number) {
    return "demo-historie-" + year + "-signaal-" + number;
  }

  private static Map<String, Object> triage(String subject, boolean inScope) {
    return vars(InvestigationProcess.Variables.SUBJECT, subject, InvestigationProcess.Variables.IN_SCOPE, inScope,
        InvestigationProcess.Variables.ACUTE_DANGER, false,
        InvestigationProcess.Variables.MANY_CLIENTS, false, InvestigationProcess.Variables.FRAUD_SUSPECTED, false,
            InvestigationProcess.Variables.TRIAGE_MOTIVATION, "Beoordeeld door de toezichthouder.");
  }

  private static Map<String, Object> power(int year, int month, int day, String basis) {
    return vars(InvestigationProcess.Variables.POWER_LEGAL_BASIS, basis, InvestigationProcess.Variables.POWER_DATE,
        LocalDate.of(year, month, day).toString(),
        InvestigationProcess.Variables.POWER_DESCRIPTION,
            "Locatie bezocht; dossiers ingezien en medewerkers gesproken.",
        InvestigationProcess.Variables.POWER_MOTIVATION,
            "Nodig om de signalen te toetsen; een gesprek alleen geeft onvoldoende zicht.",
        InvestigationProcess.Variables.COOPERATION_REFUSED, false, InvestigationProcess.Variables.ANOTHER_POWER, false);
  }

  private static Map<String, Object> judgement(String clientCentred, String professional, String safety) {
    return vars(InvestigationProcess.Variables.THEME_CLIENT_CENTRED, clientCentred,
        InvestigationProcess.Variables.FINDINGS_CLIENT_CENTRED, "Cliënten voelen zich gehoord.",
        InvestigationProcess.Variables.THEME_PROFESSIONALISM, professional,
            InvestigationProcess.Variables.FINDINGS_PROFESSIONALISM, "Scholing en werkinstructies getoetst.",
        InvestigationProcess.Variables.THEME_SAFETY, safety, InvestigationProcess.Variables.FINDINGS_SAFETY,
            "Medicatie en incidentmeldingen getoetst.");
  }

  /**
   * The called process rapportage from the judgement to the request for publication: herstelaanbod (repaired) or
   * escalation when there are shortcomings, concept report, zienswijze of the provider, final report.
   */
  private void report(String caseNumber, int year, int month, int day, String route, boolean zienswijze) {
    LocalDate start = LocalDate.of(year, month, day);
    at(start);
    if (task(caseNumber, ReportingProcess.Elements.CHOOSE_REPAIR_OR_ESCALATE) != null) {
      if ("herstelaanbod".equals(route)) {
        complete(caseNumber, ReportingProcess.Elements.CHOOSE_REPAIR_OR_ESCALATE,
            vars(InvestigationProcess.Variables.REPAIR_ROUTE, "herstelaanbod",
            InvestigationProcess.Variables.REPAIR_ACTIONS, "Zorg voor vervanging bij uitval en bel cliënten vooraf.",
                InvestigationProcess.Variables.REPAIR_TERM, SUPERVISORS_REPAIR_TERM));
        settle(caseNumber);
        at(start.plusDays(14));
        runtime.createMessageCorrelation(InvestigationProcess.Messages.REPAIR_REPORTED)
            .processInstanceBusinessKey(caseNumber)
            .setVariable(InvestigationProcess.Variables.REPAIR_REPORT.name(), "Invalpool ingericht.").correlate();
        complete(caseNumber, ReportingProcess.Elements.ASSESS_REPAIR,
            vars(InvestigationProcess.Variables.REPAIR_SUFFICIENT, true,
            InvestigationProcess.Variables.REPAIR_ASSESSMENT, "Steekproef zonder uitval: het herstel is voldoende."));
      } else {
        complete(caseNumber, ReportingProcess.Elements.CHOOSE_REPAIR_OR_ESCALATE,
            vars(InvestigationProcess.Variables.REPAIR_ROUTE, "escaleren",
            InvestigationProcess.Variables.ESCALATION_MOTIVATION,
                "Ernstige tekortkomingen; herstel op korte termijn is niet te verwachten."));
        settle(caseNumber);
      }
    }
    at(start.plusDays(21));
    complete(caseNumber, ReportingProcess.Elements.WRITE_CONCEPT_REPORT,
        vars(InvestigationProcess.Variables.REPORT_CONCLUSION, "De bevindingen staan per thema in dit rapport."));
    settle(caseNumber);
    if (zienswijze) {
      at(start.plusDays(28));
      runtime.createMessageCorrelation(InvestigationProcess.Messages.ZIENSWIJZE_RECEIVED)
          .processInstanceBusinessKey(caseNumber)
          .setVariable(InvestigationProcess.Variables.ZIENSWIJZE.name(), "Wij herkennen het beeld.").correlate();
      complete(caseNumber, ReportingProcess.Elements.PROCESS_ZIENSWIJZE,
          vars(InvestigationProcess.Variables.ZIENSWIJZE_RESPONSE, "De zienswijze is opgenomen; het oordeel blijft."));
    } else {
      // the term passes without a zienswijze: its timer fires on the moved clock
      at(start.plusDays(45));
      fireTimers(caseNumber);
    }
    at(start.plusDays(47));
    complete(caseNumber, ReportingProcess.Elements.FINAL_REPORT,
        vars(InvestigationProcess.Variables.FINAL_CONCLUSION, "Het rapport is vastgesteld."));
    settle(caseNumber);
  }

  private void advice(String caseNumber, String task, int year, int month, int day, String outcome) {
    at(year, month, day);
    Map<String, Object> advice = vars(InvestigationProcess.Variables.ADVICE, outcome,
        InvestigationProcess.Variables.ADVICE_MOTIVATION, "Advies op grond van het rapport.");
    if ("handhaven".equals(outcome)) {
      InvestigationProcess.Variables.SERIOUSNESS.put(advice, "groot");
      InvestigationProcess.Variables.RECURRENCE_CHANCE.put(advice, "gemiddeld");
    }
    complete(caseNumber, task, advice);
    settle(caseNumber);
  }

  // ------------------------------------------------------------------------------------------------ calamities

  private void calamities(int year) {
    // 1. investigated by the supervisor, measures sufficient: closed
    at(year, 1, 20);
    String closed = calamity(year, 1, ZORG_THUIS_ZUID, "Zorg Thuis Zuid B.V.", "kwaliteit@zorgthuiszuid.example",
        "GM0917", "Cliënt gevallen tijdens transfer; heupfractuur.");
    at(year, 1, 22);
    intake(closed, year, 1, 22);
    complete(closed, CalamityProcess.Elements.CHOOSE_INVESTIGATION, vars(CalamityProcess.Variables.INVESTIGATION_BY,
        "toezichthouder",
        CalamityProcess.Variables.INVESTIGATION_CHOICE_MOTIVATION, "Ernstig letsel."));
    at(year, 2, 12);
    complete(closed, CalamityProcess.Elements.OWN_INVESTIGATION, vars(CalamityProcess.Variables.OWN_FINDINGS,
        "Transferprotocol niet gevolgd."));
    at(year, 2, 19);
    complete(closed, CalamityProcess.Elements.ASSESS_INVESTIGATION,
        vars(CalamityProcess.Variables.INVESTIGATION_CAREFUL, true,
        CalamityProcess.Variables.MEASURES_SUFFICIENT, true, CalamityProcess.Variables.ASSESSMENT_FINDINGS,
            "Protocol aangepast en medewerkers geschoold."));
    settle(closed);

    // 2. measures insufficient: handed over to the intervention pyramid
    at(year, 5, 11);
    String enforced = calamity(year, 2, PARKSTAD, "Zorggroep Parkstad", "kwaliteit@zorggroepparkstad.example",
        "GM0928", "Bewoner zonder toezicht de locatie verlaten en pas na uren gevonden.");
    at(year, 5, 13);
    intake(enforced, year, 5, 13);
    complete(enforced, CalamityProcess.Elements.CHOOSE_INVESTIGATION, vars(CalamityProcess.Variables.INVESTIGATION_BY,
        "toezichthouder",
        CalamityProcess.Variables.INVESTIGATION_CHOICE_MOTIVATION, "Herhaling van een eerder incident."));
    at(year, 6, 3);
    complete(enforced, CalamityProcess.Elements.OWN_INVESTIGATION, vars(CalamityProcess.Variables.OWN_FINDINGS,
        "Geen nachtelijk toezicht."));
    at(year, 6, 10);
    complete(enforced, CalamityProcess.Elements.ASSESS_INVESTIGATION,
        vars(CalamityProcess.Variables.INVESTIGATION_CAREFUL, false,
        CalamityProcess.Variables.MEASURES_SUFFICIENT, false, CalamityProcess.Variables.ASSESSMENT_FINDINGS,
            "Geen maatregelen tegen herhaling.",
        CalamityProcess.Variables.ESCALATION_ROUTE, "interventiepiramide", CalamityProcess.Variables.SERIOUSNESS,
            "groot", CalamityProcess.Variables.RECURRENCE_CHANCE, "groot"));
    settle(enforced);
  }

  private String calamity(int year, int number, String kvk, String name, String email, String municipality,
      String description) {
    Map<String, Object> report = new HashMap<>();
    ReporterVariables.REPORTER_REFERENCE.put(report, "demo-historie-" + year + "-calamiteit-" + number);
    ProviderVariables.PROVIDER_NAME.put(report, name);
    ProviderVariables.PROVIDER_KVK_NUMBER.put(report, kvk);
    ProviderVariables.PROVIDER_EMAIL.put(report, email);
    CalamityProcess.Variables.LOCATION.put(report, "Woonlocatie");
    CaseVariables.MUNICIPALITY_CODE.put(report, municipality);
    CalamityProcess.Variables.EVENT_DATE.put(report, today().minusDays(2).toString());
    CalamityProcess.Variables.KIND.put(report, "calamiteit");
    CalamityProcess.Variables.DESCRIPTION.put(report, description);
    ReporterVariables.REPORTER_NAME.put(report, "Kwaliteitsfunctionaris");
    ReporterVariables.REPORTER_EMAIL.put(report, email);
    return runtime.createMessageCorrelation(CalamityProcess.Messages.REPORTED).setVariables(report)
        .correlateStartMessage().getBusinessKey();
  }

  private void intake(String caseNumber, int year, int month, int day) {
    settle(caseNumber);
    complete(caseNumber, CalamityProcess.Elements.CONTACT_REPORTER, vars(CalamityProcess.Variables.CONTACT_DATE,
        LocalDate.of(year, month, day).toString(), CalamityProcess.Variables.CONTACT_NOTES, "Melder gesproken."));
    if (task(caseNumber, CalamityProcess.Elements.COORDINATE_WITH_IGJ) != null) {
      complete(caseNumber, CalamityProcess.Elements.COORDINATE_WITH_IGJ, vars(CalamityProcess.Variables.IGJ_LEAD,
          "gemeente", CalamityProcess.Variables.IGJ_AGREEMENTS, "De gemeente onderzoekt."));
    }
    settle(caseNumber);
  }

  // ------------------------------------------------------------------------------------------------ inspections

  private void inspections(int year) {
    // an extra visit without shortcomings; advice: no action
    at(year, 4, 6);
    String fine = inspection(ZORG_THUIS_ZUID, "beschermdWonen", "GM0917", "Signalen uit de wijk over de bezetting.");
    visit(fine, year, 4, 6, 4, 15, "voldoet", "voldoet", "voldoet");
    report(fine, year, 4, 17, null, true);
    advice(fine, InspectionProcess.Elements.ADVISE_COLLEGE, year, 6, 12, "geenActie");

    // shortcomings, herstelaanbod carried out; advice: monitor improvement
    at(year, 9, 1);
    String repaired = inspection(PARKSTAD, "beschermdWonen", "GM0928", "Vervolgbezoek na de calamiteit van mei.");
    visit(repaired, year, 9, 1, 9, 10, "voldoet", "voldoetDeels", "voldoetNiet");
    report(repaired, year, 9, 12, "herstelaanbod", false);
    advice(repaired, InspectionProcess.Elements.ADVISE_COLLEGE, year, 12, 1, "verbeteringMonitoren");
  }

  private String inspection(String kvk, String serviceKind, String municipality, String reason) {
    Map<String, Object> start = new HashMap<>();
    ProviderVariables.PROVIDER_KVK_NUMBER.put(start, kvk);
    InspectionProcess.Variables.SERVICE_KIND.put(start, serviceKind);
    CaseVariables.MUNICIPALITY_CODE.put(start, municipality);
    InspectionProcess.Variables.EXTRA_REASON.put(start, reason);
    ProcessInstance pi = runtime.startProcessInstanceByKey(InspectionProcess.KEY, start);
    return pi.getBusinessKey();
  }

  private void visit(String caseNumber, int year, int month, int day, int visitMonth, int visitDay,
      String clientCentred, String professional, String safety) {
    complete(caseNumber, InspectionProcess.Elements.PREPARE_VISIT, vars(InspectionProcess.Variables.ANNOUNCED, true,
        InspectionProcess.Variables.LOCATION, "Woonlocatie", InspectionProcess.Variables.PLANNED_VISIT_DATE,
        LocalDate.of(year, visitMonth, visitDay).toString()));
    settle(caseNumber);
    at(year, visitMonth, visitDay);
    complete(caseNumber, InspectionProcess.Elements.RECORD_POWER_USE, power(year, visitMonth, visitDay, "awb-5:15"));
    at(year, visitMonth, visitDay + 1);
    complete(caseNumber, InspectionProcess.Elements.JUDGE_THEMES, judgement(clientCentred, professional, safety));
    settle(caseNumber);
  }

  // ------------------------------------------------------------------------------------------------ dwangsom

  /**
   * A last onder dwangsom per week (art. 5:31d Awb) decided in July, not complied with for three weeks: three
   * forfeitures, of which the first is paid, the second collected (invorderingsbeschikking, aanmaning, dwangbevel) and the
   * third not collected by the college's decision; complied with in the fourth week. An objection against the last
   * is decided ongegrond and becomes irrevocable when the beroep term passes.
   */
  private void dwangsom(int year) {
    at(year, 7, 1);
    Map<String, Object> request = new HashMap<>();
    CaseVariables.MUNICIPALITY_CODE.put(request, "GM0917");
    ProviderVariables.PROVIDER_NAME.put(request, "Zorg Thuis Zuid B.V.");
    ProviderVariables.PROVIDER_KVK_NUMBER.put(request, ZORG_THUIS_ZUID);
    ProviderVariables.PROVIDER_EMAIL.put(request, "kwaliteit@zorgthuiszuid.example");
    RegisterCaseDelegate.VIOLATION.put(request, DWANGSOM_VIOLATION);
    RegisterCaseDelegate.LEGAL_BASIS.put(request, "art. 3.1 Wmo 2015");
    String last = runtime.createMessageCorrelation(DwangsomProcess.Messages.REQUESTED).setVariables(request)
        .correlateStartMessage().getBusinessKey();

    Map<String, Object> terms = new HashMap<>();
    DwangsomProcess.Variables.SANCTION_TYPE.put(terms, "dwangsom");
    DwangsomProcess.Variables.LAST_DESCRIPTION.put(terms, "Zorg dat elke begeleider een geldige VOG heeft.");
    DwangsomProcess.Variables.REMEDY_MEASURES.put(terms, "VOG aanvragen en overleggen.");
    DwangsomProcess.Variables.COMPLIANCE_TERM.put(terms, COLLEGES_COMPLIANCE_TERM);
    DwangsomProcess.Variables.DWANGSOM_KIND.put(terms, "perTijdseenheid");
    DwangsomProcess.Variables.DWANGSOM_AMOUNT.put(terms, 1000L);
    DwangsomProcess.Variables.DWANGSOM_MAXIMUM.put(terms, 5000L);
    DwangsomProcess.Variables.TIME_UNIT.put(terms, COLLEGES_TIME_UNIT);
    DwangsomProcess.Variables.ZIENSWIJZE_TERM.put(terms, COLLEGES_ZIENSWIJZE_TERM);
    complete(last, DwangsomProcess.Elements.PREPARE_VOORNEMEN, terms);
    settle(last);
    at(year, 7, 8);
    runtime.createMessageCorrelation(DwangsomProcess.Messages.ZIENSWIJZE_RECEIVED).processInstanceBusinessKey(last)
        .setVariable(DwangsomProcess.Variables.ZIENSWIJZE.name(), "Wij zijn ermee bezig.").correlate();
    at(year, 7, 15);
    Map<String, Object> decision = new HashMap<>(terms);
    DwangsomProcess.Variables.DECISION.put(decision, "opleggen");
    DwangsomProcess.Variables.DECISION_MOTIVATION.put(decision, "De zienswijze geeft geen aanleiding af te zien.");
    complete(last, DwangsomProcess.Elements.DECIDE, decision);
    settle(last);

    // the objection against the last, received within the term; the last runs on (art. 6:16 Awb)
    at(year, 8, 1);
    Map<String, Object> objection = new HashMap<>();
    CaseVariables.MUNICIPALITY_CODE.put(objection, "GM0917");
    ProviderVariables.PROVIDER_NAME.put(objection, "Zorg Thuis Zuid B.V.");
    ProviderVariables.PROVIDER_EMAIL.put(objection, "kwaliteit@zorgthuiszuid.example");
    BezwaarProcess.Variables.DECISION_KIND.put(objection, "last");
    BezwaarProcess.Variables.DECISION_MADE_KNOWN_ON.put(objection, LocalDate.of(year, 7, 15).toString());
    runtime.createMessageCorrelation(BezwaarProcess.Messages.RECEIVED).processInstanceBusinessKey(last)
        .setVariables(objection).correlate();
    String bezwaar = runtime.createProcessInstanceQuery().processDefinitionKey(BezwaarProcess.KEY)
        .variableValueEquals(BezwaarProcess.Variables.DECISION_CASE_NUMBER.name(), last).singleResult()
        .getBusinessKey();
    complete(bezwaar, BezwaarProcess.Elements.PLAN_HEARING, vars(BezwaarProcess.Variables.HEARING_DATE,
        LocalDate.of(year, 8, 15).toString(), BezwaarProcess.Variables.HEARING_PLACE,
        "Gemeentehuis Heerlen, kamer 2.14, 10.00 uur"));
    settle(bezwaar);

    // the begunstigingstermijn ends 12 August: three weeks not complied with, then complied with
    recheck(last, LocalDate.of(year, 8, 13), "nietNageleefd");
    recheck(last, LocalDate.of(year, 8, 20), "nietNageleefd");
    at(year, 8, 22);
    Map<String, Object> decided = new HashMap<>();
    BezwaarProcess.Variables.OUTCOME.put(decided, "ongegrond");
    BezwaarProcess.Variables.OBJECTION_MOTIVATION.put(decided,
        "De last is terecht opgelegd; de overtreding is vastgesteld.");
    complete(bezwaar, BezwaarProcess.Elements.DECIDE, decided);
    settle(bezwaar);
    settle(last);
    recheck(last, LocalDate.of(year, 8, 27), "nietNageleefd");
    recheck(last, LocalDate.of(year, 9, 3), "nageleefd");

    // V1 paid within the payment term
    at(year, 9, 10);
    runtime.createMessageCorrelation(DwangsomProcess.Messages.PAYMENT_RECEIVED).processInstanceBusinessKey(last + "-V1")
        .setVariable(DwangsomProcess.Variables.PAID_ON.name(), LocalDate.of(year, 9, 10).toString()).correlate();
    settle(last + "-V1");
    // no beroep within six weeks: the decision on the objection is irrevocable
    at(year, 10, 5);
    fireTimers(bezwaar);
    // V2 not paid: heard, invorderingsbeschikking and aanmaning (art. 5:37 and 4:112 Awb)
    collection(last + "-V2", year, 10, 2, "invorderen", "Verbeurd en niet betaald.");
    // the aanmaning term passed without payment: the dwangbevel in December interrupts the verjaring (art. 4:106
    // Awb), so the claim stays in collection until December of the next year, also in the running demo
    at(year, 12, 18);
    fireTimers(last + "-V2");
    complete(last + "-V2", DwangsomProcess.Elements.ISSUE_DWANGBEVEL, vars(
        DwangsomProcess.Variables.WARRANT_ISSUED_ON, LocalDate.of(year, 12, 18).toString(),
        DwangsomProcess.Variables.BAILIFF, "Deurwaarders Zuid"));
    settle(last + "-V2");
    // V3 not paid: the college decides not to collect it
    collection(last + "-V3", year, 10, 9, "afzien",
        "Bijzondere omstandigheden: de overtreding is kort daarna beëindigd.");
  }

  private void recheck(String last, LocalDate date, String finding) {
    at(date);
    fireTimers(last);
    Map<String, Object> result = new HashMap<>();
    DwangsomProcess.Variables.COMPLIANCE_FINDING.put(result, finding);
    DwangsomProcess.Variables.RECHECK_DATE.put(result, date.toString());
    DwangsomProcess.Variables.RECHECK_FINDINGS.put(result, "Steekproef van tien dossiers op " + date + ".");
    complete(last, DwangsomProcess.Elements.RECHECK, result);
    settle(last);
  }

  /** The payment term has passed on the day: the provider is heard and the college decides on collection. */
  private void collection(String reference, int year, int month, int day, String outcome, String motivation) {
    at(year, month, day);
    fireTimers(reference);
    at(LocalDate.of(year, month, day).plusDays(7));
    complete(reference, DwangsomProcess.Elements.HEAR_PROVIDER, vars(DwangsomProcess.Variables.HEARING_DATE,
        LocalDate.of(year, month, day).plusDays(7).toString(), DwangsomProcess.Variables.HEARING_NOTES,
        "Aanbieder gehoord."));
    complete(reference, DwangsomProcess.Elements.DECIDE_INVORDERING, vars(
        DwangsomProcess.Variables.COLLECTION_DECISION, outcome, DwangsomProcess.Variables.COLLECTION_MOTIVATION,
        motivation));
    settle(reference);
  }

  // ------------------------------------------------------------------------------------------------ engine

  /** Moves the engine clock to 10:00 on the day. */
  private static void at(int year, int month, int day) {
    at(LocalDate.of(year, month, day));
  }

  private static void at(LocalDate date) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(date, java.time.LocalTime.of(10, 0)).atZone(ZONE).toInstant()));
  }

  private static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }

  private Task task(String caseNumber, String key) {
    List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(key).list();
    return found.isEmpty() ? null : found.get(0);
  }

  /** Completes the case's task, after the work before it (asynchronous steps) is done. */
  private void complete(String caseNumber, String key, Map<String, Object> variables) {
    Task task = null;
    for (int round = 0; round < 200 && task == null; round++) {
      settle(caseNumber);
      task = task(caseNumber, key);
      if (task == null) {
        pause();
      }
    }
    if (task == null) {
      throw new IllegalStateException("Demo-historie: taak " + key + " van " + caseNumber + " niet bereikt");
    }
    tasks.complete(task.getId(), variables);
  }

  /** Executes the asynchronous continuations of the case's instances (the job executor may take some first). */
  private void settle(String caseNumber) {
    for (int round = 0; round < 100; round++) {
      List<Job> jobs = jobs(caseNumber, false);
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException takenOrFailed) {
          // taken by the job executor meanwhile, or failed: the executor's retries handle it as in production
          LOG.debug("Demo-historie: job {} niet zelf uitgevoerd: {}", job.getId(), takenOrFailed.getMessage());
        }
      }
    }
  }

  private void fireTimers(String caseNumber) {
    for (Job job : jobs(caseNumber, true)) {
      if (!job.getDuedate().after(ClockUtil.getCurrentTime())) {
        management.executeJob(job.getId());
      }
    }
    settle(caseNumber);
  }

  private List<Job> jobs(String caseNumber, boolean timers) {
    List<Job> jobs = new java.util.ArrayList<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()) {
      var query = management.createJobQuery().processInstanceId(instance.getId()).withRetriesLeft();
      jobs.addAll(timers ? query.timers().list() : query.messages().list());
    }
    return jobs;
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Variables by name: every key is a {@link ProcessVariable} of the process's module (a form field too), never a name
   * written here (DemoHistoryVariableNamesTest), so a renamed variable breaks the build, not the demo.
   */
  private static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (!(keyValues[i] instanceof ProcessVariable<?> variable)) {
        throw new IllegalArgumentException("Demo-historie: variabele " + keyValues[i] + " zonder ProcessVariable");
      }
      map.put(variable.name(), keyValues[i + 1]);
    }
    return map;
  }
}
