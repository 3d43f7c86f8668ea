package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.intake.FieldError;
import nl.wmotoezicht.intake.InputRules;
import nl.wmotoezicht.process.CaseVariables;
import nl.wmotoezicht.process.ProcessVariable;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The rules a calamity report must meet, whichever way it arrives (intake API, message, Tasklist).
 * Every bad field is reported, not only the first.
 */
@Component
public class CalamityReportValidator {

  static final Set<String> KINDS = Set.of("calamiteit", "geweld");
  private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{6,20}");
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:/\\-]{1,100}");
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final Region region;

  public CalamityReportValidator(Region region) {
    this.region = region;
  }

  /**
   * Checks the report's variables.
   *
   * @param referenceRequired whether the reporter's reference (the idempotency key) must be present:
   *     always for reports by system, optional for reports registered by hand
   * @return the bad fields; empty when the report is valid
   */
  public List<FieldError> validate(Map<String, Object> report, boolean referenceRequired) {
    Checks checks = new Checks(report);
    checks.text(PROVIDER_NAME, true, 200);
    checks.matching(PROVIDER_KVK_NUMBER, true, InputRules.KVK_NUMBER, "moet een KvK-nummer van 8 cijfers zijn");
    checks.matching(PROVIDER_EMAIL, true, InputRules.EMAIL, "moet een geldig e-mailadres zijn");
    checks.text(LOCATION, true, 200);
    checks.text(CaseVariables.MUNICIPALITY_CODE, true, 6).ifPresent(code -> {
      if (!region.isMunicipality(code)) {
        checks.error(CaseVariables.MUNICIPALITY_CODE, "is geen gemeente van de regio " + region.name());
      }
    });
    checks.text(EVENT_DATE, true, 10).ifPresent(date -> checkEventDate(checks, date));
    checks.text(KIND, true, 20).ifPresent(kind -> {
      if (!KINDS.contains(kind)) {
        checks.error(KIND, "moet 'calamiteit' of 'geweld' zijn");
      }
    });
    checks.text(DESCRIPTION, true, 10_000);
    checks.text(REPORTER_NAME, true, 200);
    checks.matching(REPORTER_EMAIL, false, InputRules.EMAIL, "moet een geldig e-mailadres zijn");
    checks.matching(REPORTER_PHONE, false, PHONE, "moet een telefoonnummer zijn");
    checks.matching(REPORTER_REFERENCE, referenceRequired, REFERENCE,
        "mag alleen letters, cijfers en . _ : / - bevatten (hoogstens 100 tekens)");
    checks.bool(CARE_UNDER_WLZ);
    checks.bool(CARE_UNDER_ZVW);
    checks.bool(CARE_UNDER_JEUGDWET);
    return checks.errors;
  }

  private static void checkEventDate(Checks checks, String text) {
    try {
      LocalDate date = LocalDate.parse(text);
      LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
      if (date.isAfter(today)) {
        checks.error(EVENT_DATE, "ligt in de toekomst");
      }
    } catch (DateTimeParseException e) {
      checks.error(EVENT_DATE, "moet een datum zijn als 2026-11-20");
    }
  }

  /** Collects the errors of one report. */
  private static final class Checks {
    private final Map<String, Object> report;
    private final List<FieldError> errors = new ArrayList<>();

    Checks(Map<String, Object> report) {
      this.report = report;
    }

    void error(ProcessVariable<?> variable, String message) {
      errors.add(new FieldError(variable.name(), message));
    }

    Optional<String> text(ProcessVariable<String> variable, boolean required, int maxLength) {
      Object value = report.get(variable.name());
      if (value == null || (value instanceof String s && s.isBlank())) {
        if (required) {
          error(variable, "is verplicht");
        }
        return Optional.empty();
      }
      if (!(value instanceof String s)) {
        error(variable, "moet tekst zijn");
        return Optional.empty();
      }
      if (s.length() > maxLength) {
        error(variable, "is langer dan " + maxLength + " tekens");
        return Optional.empty();
      }
      return Optional.of(s);
    }

    void matching(ProcessVariable<String> variable, boolean required, Pattern pattern, String message) {
      text(variable, required, 320).ifPresent(value -> {
        if (!pattern.matcher(value).matches()) {
          error(variable, message);
        }
      });
    }

    void bool(ProcessVariable<Boolean> variable) {
      Object value = report.get(variable.name());
      if (value != null && !(value instanceof Boolean)) {
        error(variable, "moet true of false zijn");
      }
    }
  }
}
