package nl.wmotoezicht.annualreport;

import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.COLLEGE_REMARKS;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.COMMENTARY;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.COMMENTS_REQUESTED_ON;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.CONTRACT_MANAGER_COMMENTS;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.DRAFT_DOCUMENT;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.KEY_FIGURES;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.NOTED;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.PUBLISH;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.REPORT_DOCUMENT;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.SCOPE_CODE;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.SCOPE_KIND;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.SCOPE_NAME;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.YEAR;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wmotoezicht.annualreport.AnnualReport.Scope;
import nl.wmotoezicht.cases.CaseRegistry;
import nl.wmotoezicht.documents.CaseDocument;
import nl.wmotoezicht.documents.DocumentService;
import nl.wmotoezicht.identity.MunicipalityRights;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.FieldChecks;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.publication.Publications;
import nl.wmotoezicht.risk.PurchasingRegions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of {@code jaarrapportage} and its yearly start (docs/processen/jaarrapportage.md). */
@Configuration
class AnnualReportSteps {

  private static final Logger LOG = LoggerFactory.getLogger(AnnualReportSteps.class);
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  static final int MAX_TEXT = 20_000;

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }

  /** {@code JR-<municipality or purchasing region>-<year>}: one report per scope and year. */
  static String caseNumber(String scopeCode, int year) {
    return AnnualReportProcess.CASE_PREFIX + "-" + scopeCode + "-" + year;
  }

  /**
   * Start (by hand or by the calendar): a municipality of the region (whose college takes note; the case's tenant),
   * the scope (its own figures or its purchasing region's) and a past year from 2015. Registers the case number,
   * refused when the scope's report of that year exists already. Nothing starts on bad input.
   */
  @Bean("annualReportStartValidator")
  ExecutionListener annualReportStartValidator(Region region, ReportScopes scopes, CaseRegistry registry,
      MunicipalityRights rights) {
    return execution -> {
      FieldChecks checks = new FieldChecks(execution.getVariables());
      Optional<String> municipality = checks.text(CaseVariables.MUNICIPALITY_CODE, true, 6);
      Optional<String> kind = checks.oneOf(SCOPE_KIND, true, Set.of(ReportScopes.MUNICIPALITY,
          ReportScopes.PURCHASING_REGION), "moet gemeente of inkoopregio zijn");
      Object year = execution.getVariable(YEAR.name());
      if (year instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
        year = l.intValue();
      }
      int thisYear = today().getYear();
      if (!(year instanceof Integer y) || y < AnnualReportController.FIRST_YEAR || y >= thisYear) {
        checks.error(YEAR, "moet een afgelopen jaar zijn, van " + AnnualReportController.FIRST_YEAR + " tot en met "
            + (thisYear - 1));
      }
      checks.throwIfAny();
      List<FieldError> errors = new ArrayList<>();
      Optional<Scope> scope = Optional.empty();
      if (!region.isMunicipality(municipality.get())) {
        errors.add(new FieldError(CaseVariables.MUNICIPALITY_CODE.name(), "is geen gemeente van de regio"));
      } else {
        scope = kind.get().equals(ReportScopes.MUNICIPALITY) ? scopes.municipality(municipality.get())
            : scopes.purchasingRegionOf(municipality.get());
        if (scope.isEmpty()) {
          errors.add(new FieldError(SCOPE_KIND.name(), "de gemeente hoort bij geen inkoopregio"));
        }
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      rights.requireMayActFor(municipality.get());
      int reportYear = (Integer) year;
      String caseNumber = caseNumber(scope.get().code(), reportYear);
      if (registry.find(caseNumber).isPresent()) {
        throw new InvalidInputException(List.of(new FieldError(YEAR.name(), "er is al een jaarrapportage "
            + caseNumber)));
      }
      YEAR.set(execution, reportYear);
      SCOPE_CODE.set(execution, scope.get().code());
      SCOPE_NAME.set(execution, scope.get().name());
      CaseVariables.MUNICIPALITY_NAME.set(execution, region.municipalityName(municipality.get()));
      CaseVariables.CASE_NUMBER.set(execution, caseNumber);
      registry.register(caseNumber, municipality.get(), execution);
      if (execution.getProcessBusinessKey() == null) {
        execution.setProcessBusinessKey(caseNumber);
      }
    };
  }

  /** Computes the figures and makes the concept PDF; starts the contract managers' term. */
  @Bean("draftAnnualReport")
  JavaDelegate draftAnnualReport(AnnualReports reports, ReportScopes scopes, AnnualReportPdf pdf,
      DocumentService documents) {
    return execution -> {
      DRAFT_DOCUMENT.set(execution, reportDocument(execution, reports, scopes, pdf, documents, null,
          "Concept jaarrapportage").id());
      COMMENTS_REQUESTED_ON.set(execution, today().toString());
    };
  }

  /** "Concept opstellen" and "Commentaar verwerken": the supervisor's text is required. */
  @Bean("annualReportCommentaryValidator")
  TaskListener annualReportCommentaryValidator() {
    return task -> {
      FieldChecks checks = new FieldChecks(task.getVariables());
      checks.text(COMMENTARY, true, MAX_TEXT);
      checks.throwIfAny();
    };
  }

  /** "Commentaar geven": optional text of the contract manager, kept with his name. */
  @Bean("annualReportCommentsValidator")
  TaskListener annualReportCommentsValidator() {
    return task -> {
      FieldChecks checks = new FieldChecks(task.getVariables());
      Optional<String> comments = checks.text(CONTRACT_MANAGER_COMMENTS, false, MAX_TEXT);
      checks.throwIfAny();
      if (comments.isEmpty()) {
        CONTRACT_MANAGER_COMMENTS.set(task, "Geen commentaar.");
      }
    };
  }

  /** The final report: the figures again (history may have been completed meanwhile) with the supervisor's text. */
  @Bean("finalAnnualReport")
  JavaDelegate finalAnnualReport(AnnualReports reports, ReportScopes scopes, AnnualReportPdf pdf,
      DocumentService documents) {
    return execution -> REPORT_DOCUMENT.set(execution, reportDocument(execution, reports, scopes, pdf, documents,
        COMMENTARY.find(execution).orElse(null), "Jaarrapportage toezicht Wmo").id());
  }

  /**
   * Computes the year's figures, keeps the key figures with the case and makes the report as a PDF titled
   * {@code title year scope}, with the supervisor's commentary when there is one.
   */
  private static CaseDocument reportDocument(DelegateExecution execution, AnnualReports reports, ReportScopes scopes,
      AnnualReportPdf pdf, DocumentService documents, String commentary, String title) {
    AnnualReport report = compute(execution, reports, scopes);
    KEY_FIGURES.set(execution, keyFigures(report));
    return generate(execution, report, pdf, documents, commentary,
        title + " " + report.year() + " " + report.scope().name());
  }

  /** "Kennisnemen": the college must confirm it took note, and decides on publication. */
  @Bean("annualReportNoteValidator")
  TaskListener annualReportNoteValidator() {
    return task -> {
      FieldChecks checks = new FieldChecks(task.getVariables());
      Optional<Boolean> noted = checks.bool(NOTED);
      Optional<Boolean> publish = checks.bool(PUBLISH);
      checks.text(COLLEGE_REMARKS, false, MAX_TEXT);
      if (!noted.orElse(false)) {
        checks.error(NOTED, "het college moet kennisnemen van de rapportage");
      }
      if (publish.isEmpty()) {
        checks.error(PUBLISH, "is verplicht");
      }
      checks.throwIfAny();
    };
  }

  /**
   * Publication on /openbaar: the final report holds counts and amounts only (no personal data), so the report
   * itself is its publication version; listed from today through the publication module.
   */
  @Bean("publishAnnualReport")
  JavaDelegate publishAnnualReport(Publications publications) {
    return execution -> publications.publishDocument(CaseVariables.CASE_NUMBER.get(execution),
        execution.getTenantId(), CaseVariables.MUNICIPALITY_NAME.get(execution), SCOPE_NAME.get(execution),
        execution.getProcessInstanceId(), REPORT_DOCUMENT.get(execution),
        "Jaarrapportage toezicht Wmo " + YEAR.get(execution) + " " + SCOPE_NAME.get(execution), today());
  }

  /**
   * The yearly start ({@code jaarrapportageKalender}): the previous year's report of every municipality and of every
   * purchasing region (its lead municipality's college), unless it exists.
   */
  @Bean("startAnnualReports")
  JavaDelegate startAnnualReports(Region region, PurchasingRegions regions, RuntimeService runtime,
      HistoryService history) {
    return execution -> {
      int year = today().getYear() - 1;
      Map<String, String[]> starts = new LinkedHashMap<>();
      region.municipalities().forEach(m -> starts.put(caseNumber(m.code(), year),
          new String[] {m.code(), ReportScopes.MUNICIPALITY}));
      regions.all().forEach(r -> starts.put(caseNumber(r.code(), year),
          new String[] {r.leadMunicipality(), ReportScopes.PURCHASING_REGION}));
      starts.forEach((caseNumber, start) -> {
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.KEY)
            .processInstanceBusinessKey(caseNumber).count() == 0) {
          Map<String, Object> variables = new LinkedHashMap<>();
          variables.put(CaseVariables.MUNICIPALITY_CODE.name(), start[0]);
          variables.put(SCOPE_KIND.name(), start[1]);
          variables.put(YEAR.name(), year);
          runtime.startProcessInstanceByKey(AnnualReportProcess.KEY, caseNumber, variables);
          LOG.info("Jaarrapportage {} gestart", caseNumber);
        }
      });
    };
  }

  private static AnnualReport compute(DelegateExecution execution, AnnualReports reports, ReportScopes scopes) {
    String code = SCOPE_CODE.get(execution);
    Scope scope = SCOPE_KIND.get(execution).equals(ReportScopes.MUNICIPALITY)
        ? scopes.municipality(code).orElseThrow() : scopes.purchasingRegion(code).orElseThrow();
    return reports.compute(scope, YEAR.get(execution));
  }

  private static CaseDocument generate(DelegateExecution execution, AnnualReport report, AnnualReportPdf pdf,
      DocumentService documents, String commentary, String title) {
    // the figures and charts go to the template only, not into the case's variables
    return documents.generate(execution, AnnualReportPdf.TEMPLATE, title, pdf.model(report, commentary));
  }

  /** The key figures in a few Dutch lines, for the forms. */
  static String keyFigures(AnnualReport r) {
    return String.join("\n",
        "Calamiteiten: " + r.calamities().total() + ", signalen: " + r.signals().total(),
        "Signaalonderzoeken gestart/afgerond: " + r.investigations().started() + "/" + r.investigations().completed()
            + ", kwaliteitsonderzoeken gestart/afgerond: " + r.inspections().started() + "/"
            + r.inspections().completed(),
        "Handhavingszaken: " + r.enforcement().cases() + ", lasten onder dwangsom: " + r.dwangsommen().imposed()
            + ", verbeurd: EUR " + r.dwangsommen().forfeited().amount().toPlainString(),
        "Bezwaren ontvangen/beslist: " + r.objections().received() + "/" + r.objections().decided(),
        "Wettelijke termijnen gehaald: " + percent(r.timeliness().statutory().metPercent())
            + ", gebruikelijke: " + percent(r.timeliness().customary().metPercent()),
        "Rapporten gepubliceerd: " + r.publications().published());
  }

  private static String percent(Integer value) {
    return value == null ? "-" : value + "%";
  }
}
