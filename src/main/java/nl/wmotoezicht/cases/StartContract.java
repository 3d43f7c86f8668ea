package nl.wmotoezicht.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;

/**
 * What a caller may send through {@code /engine-rest} to start or feed a case: the documented variables of one
 * message or of one process's start by hand, and nothing else (docs/security/tenancy.md). Each process package
 * declares its contracts in one {@link StartContracts} bean. The values are then checked by the same validators as on
 * {@code /api}, inside the start transaction (one validation, two entry points).
 *
 * @param name the message name, or the process key for a start by hand
 * @param kind what the name is
 * @param variables the variables the caller may send
 */
public record StartContract(String name, Kind kind, Set<String> variables) {

  /** What a contract governs. */
  public enum Kind {
    /** A message that starts a case: the platform issues its number, so the caller names no business key. */
    START_MESSAGE,
    /** A message to a waiting case, named by its case number (business key): the caller must own that case. */
    CASE_MESSAGE,
    /** A message between our own processes (a hand-over): never from outside. */
    INTERNAL_MESSAGE,
    /** A start by hand ({@code process-definition/.../start} or {@code submit-form}) with the fields of its start form. */
    START_BY_HAND
  }

  /** Variables that name a case: the caller must own the case they name. */
  public static final Set<String> CASE_NUMBER_VARIABLES = Set.of("caseNumber", "originCaseNumber", "dwangsomCaseNumber");

  public StartContract {
    variables = Set.copyOf(variables);
  }

  /** A start message whose variables are the fields of the intake API's report (a record). */
  public static StartContract startMessage(String messageName, Class<? extends Record> report) {
    Set<String> fields = new LinkedHashSet<>();
    Arrays.stream(report.getRecordComponents()).forEach(component -> fields.add(component.getName()));
    return new StartContract(messageName, Kind.START_MESSAGE, fields);
  }

  /** A start message whose variables are the fields of a start form ({@code forms/<form>.form}). */
  public static StartContract startMessage(String messageName, String form) {
    return new StartContract(messageName, Kind.START_MESSAGE, formFields(form));
  }

  /** A message to a waiting case with these variables (possibly none). */
  public static StartContract caseMessage(String messageName, String... variables) {
    return new StartContract(messageName, Kind.CASE_MESSAGE, Set.of(variables));
  }

  /** A message only our own processes send. */
  public static StartContract internalMessage(String messageName) {
    return new StartContract(messageName, Kind.INTERNAL_MESSAGE, Set.of());
  }

  /** The start by hand of a process, with the fields of its start form ({@code forms/<form>.form}). */
  public static StartContract startByHand(String processKey, String form) {
    return new StartContract(processKey, Kind.START_BY_HAND, formFields(form));
  }

  /** The keys of a Camunda Form's fields. */
  static Set<String> formFields(String form) {
    try (InputStream in = new ClassPathResource("forms/" + form + ".form").getInputStream()) {
      Set<String> keys = new LinkedHashSet<>();
      collectKeys(new ObjectMapper().readTree(in), keys);
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException("Formulier " + form + " niet leesbaar", e);
    }
  }

  private static void collectKeys(JsonNode node, Set<String> keys) {
    JsonNode components = node.get("components");
    if (components == null) {
      return;
    }
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && !"button".equals(component.path("type").asText())) {
        keys.add(component.get("key").asText());
      }
      collectKeys(component, keys);
    }
  }
}
