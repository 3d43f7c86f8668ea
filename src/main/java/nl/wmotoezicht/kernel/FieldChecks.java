package nl.wmotoezicht.kernel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Collects the bad fields of one input (a report, a submitted form), every one rather than the first, with the
 * Dutch messages every input path uses. {@link #throwIfAny()} refuses the input with all of them.
 */
public final class FieldChecks {

  /** A reporter's reference: the idempotency key of an intake. */
  public static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:/\\-]{1,100}");
  public static final String REFERENCE_MESSAGE = "mag alleen letters, cijfers en . _ : / - bevatten (hoogstens 100 tekens)";
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final Map<String, Object> input;
  private final List<FieldError> errors = new ArrayList<>();

  public FieldChecks(Map<String, Object> input) {
    this.input = input;
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  /** Refuses the input with every bad field, if there is one. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  public void error(ProcessVariable<?> variable, String message) {
    errors.add(new FieldError(variable.name(), message));
  }

  /** A text of at most {@code maxLength} characters; blank counts as absent. */
  public Optional<String> text(ProcessVariable<String> variable, boolean required, int maxLength) {
    Object value = input.get(variable.name());
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

  public Optional<String> matching(ProcessVariable<String> variable, boolean required, Pattern pattern, String message) {
    Optional<String> value = text(variable, required, 320);
    if (value.isPresent() && !pattern.matcher(value.get()).matches()) {
      error(variable, message);
      return Optional.empty();
    }
    return value;
  }

  /** One of the allowed values. */
  public Optional<String> oneOf(ProcessVariable<String> variable, boolean required, Set<String> allowed, String message) {
    Optional<String> value = text(variable, required, 100);
    if (value.isPresent() && !allowed.contains(value.get())) {
      error(variable, message);
      return Optional.empty();
    }
    return value;
  }

  /** An optional true/false. */
  public Optional<Boolean> bool(ProcessVariable<Boolean> variable) {
    Object value = input.get(variable.name());
    if (value != null && !(value instanceof Boolean)) {
      error(variable, "moet true of false zijn");
      return Optional.empty();
    }
    return Optional.ofNullable((Boolean) value);
  }

  /** An ISO date that is not in the future (Camunda clock, Europe/Amsterdam). */
  public Optional<LocalDate> pastDate(ProcessVariable<String> variable, boolean required) {
    return date(variable, required).filter(date -> {
      if (date.isAfter(today())) {
        error(variable, "ligt in de toekomst");
        return false;
      }
      return true;
    });
  }

  /** An ISO date after today (Camunda clock, Europe/Amsterdam). */
  public Optional<LocalDate> futureDate(ProcessVariable<String> variable, boolean required) {
    return date(variable, required).filter(date -> {
      if (!date.isAfter(today())) {
        error(variable, "moet na vandaag liggen");
        return false;
      }
      return true;
    });
  }

  private Optional<LocalDate> date(ProcessVariable<String> variable, boolean required) {
    Optional<String> text = text(variable, required, 30);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.get().length() > 10 ? text.get().substring(0, 10) : text.get()));
    } catch (DateTimeParseException e) {
      error(variable, "moet een datum zijn als 2026-11-20");
      return Optional.empty();
    }
  }

  private static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }
}
