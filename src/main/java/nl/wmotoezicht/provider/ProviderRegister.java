package nl.wmotoezicht.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InputRules;
import nl.wmotoezicht.kernel.InvalidInputException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The provider register (aanbiedersregister, {@code docs/processen/interventiepiramide.md}): Wmo providers by KvK
 * number with their locations, their relation with each municipality of the region and their enforcement history.
 * Available in BPMN expressions as {@code providers}, e.g. {@code ${providers.relationKind(providerKvkNumber,
 * municipalityCode)}}, {@code ${providers.hasEarlierViolation(providerKvkNumber, caseNumber)}} (recidive) or {@code
 * ${providers.otherMunicipalityMails(providerKvkNumber, municipalityCode)}}.
 *
 * <p><b>Relations.</b> A municipality either contracts the provider ({@value #CONTRACT}: private law possible) or
 * subsidises it ({@value #SUBSIDIE}: administrative law only, art. 4:48 Awb), with the number of indications (clients)
 * it has placed there. The municipality with the most indications takes the initiative in enforcement when neither a
 * calamity nor a subsidy decides it ({@code decisions/initiatiefGemeente.dmn}).
 *
 * <p><b>Recidive</b> (earlier violations by the same provider, {@code docs/begrippen.md}) is read from the enforcement
 * history, never typed in: every enforcement case records its start ({@link #recordCaseStarted}) and its outcome
 * ({@link #recordCaseOutcome}), saying whether a violation was established.
 *
 * <p><b>Transactions.</b> Every method works in the caller's transaction: called from a Camunda delegate or expression
 * it joins the engine's Spring transaction, so the history is written together with the step that wrote it, or not at
 * all. Without a transaction a writing method runs in one of its own. Input is validated before anything is written, so
 * an exception of this class leaves the caller's transaction usable.
 */
@Repository("providers")
public class ProviderRegister {

  /** A contract: private-law measures are possible besides administrative law. */
  public static final String CONTRACT = "contract";
  /** A subsidy: administrative-law measures only (art. 4:48 Awb). */
  public static final String SUBSIDIE = "subsidie";
  /** The kinds of relation a municipality can have with a provider. */
  public static final Set<String> KINDS = Set.of(CONTRACT, SUBSIDIE);

  private static final int NAME_LENGTH = 200;
  private static final int EMAIL_LENGTH = 320;
  private static final int ADDRESS_LENGTH = 300;
  private static final int CASE_NUMBER_LENGTH = 40;
  private static final int PROCESS_KEY_LENGTH = 64;
  private static final int OUTCOME_LENGTH = 40;
  private static final String HISTORY_COLUMNS = "case_number, municipality_code, process_key, started_on, ended_on, "
      + "outcome, violation_established";

  private final JdbcTemplate jdbc;
  private final Region region;
  private final TransactionTemplate ownTransaction;

  public ProviderRegister(JdbcTemplate jdbc, Region region, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.region = region;
    this.ownTransaction = new TransactionTemplate(transactionManager);
  }

  /**
   * A provider of Wmo care.
   *
   * @param kvkNumber its KvK number, 8 digits; the register's key
   * @param name its name as registered, e.g. "Zorg Thuis Zuid B.V."
   * @param email the address letters and mails to the provider go to
   * @param locations where it delivers care; never null
   */
  public record Provider(String kvkNumber, String name, String email, List<Location> locations) {

    public Provider {
      // nulls inside the list are kept so that validation can name them
      locations = locations == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(locations));
    }
  }

  /**
   * A location where a provider delivers care.
   *
   * @param name e.g. "Woonlocatie De Linde"
   * @param address the address or place, e.g. "Heerlen"; may be null
   * @param municipalityCode the CBS code of the municipality it lies in, one of the region's
   */
  public record Location(String name, String address, String municipalityCode) {
  }

  /**
   * The relation of one municipality with a provider.
   *
   * @param kvkNumber the provider
   * @param municipalityCode the municipality (CBS code, also its tenant id)
   * @param kind {@value #CONTRACT} or {@value #SUBSIDIE}
   * @param indications the number of indications (clients) of the municipality at the provider, 0 or more
   */
  public record Relation(String kvkNumber, String municipalityCode, String kind, int indications) {
  }

  /**
   * One enforcement case against a provider.
   *
   * @param caseNumber the case number (business key), e.g. {@code LOD-2025-00003}
   * @param municipalityCode the municipality that led the case
   * @param processKey the process it ran in, e.g. {@code lastOnderDwangsom}
   * @param startedOn the day the case started
   * @param endedOn the day it ended; null while running
   * @param outcome how it ended, e.g. {@code maximumBereikt}; null while running
   * @param violationEstablished whether a violation was established; counts as recidive in later cases
   */
  public record HistoryEntry(String caseNumber, String municipalityCode, String processKey, LocalDate startedOn,
      LocalDate endedOn, String outcome, boolean violationEstablished) {
  }

  // ---------------------------------------------------------------------------------------------- providers

  public Optional<Provider> find(String kvkNumber) {
    return jdbc.query("SELECT kvk_number, name, email FROM wmo_provider WHERE kvk_number = ?",
            (rs, row) -> new Provider(rs.getString("kvk_number"), rs.getString("name"), rs.getString("email"),
                locations(rs.getString("kvk_number"))), kvkNumber)
        .stream().findFirst();
  }

  /** Every provider with its locations, by name. */
  public List<Provider> list() {
    Map<String, List<Location>> locations = new LinkedHashMap<>();
    jdbc.query("SELECT kvk_number, name, address, municipality_code FROM wmo_provider_location ORDER BY id", rs -> {
      locations.computeIfAbsent(rs.getString("kvk_number"), k -> new ArrayList<>()).add(location(rs));
    });
    return jdbc.query("SELECT kvk_number, name, email FROM wmo_provider ORDER BY name, kvk_number",
        (rs, row) -> new Provider(rs.getString("kvk_number"), rs.getString("name"), rs.getString("email"),
            locations.getOrDefault(rs.getString("kvk_number"), List.of())));
  }

  /**
   * Creates the provider or updates its name and e-mail address, and replaces its locations by the given ones
   * (in that order). Its relations and history stay as they are.
   *
   * @return the provider as stored (text stripped of surrounding blanks)
   * @throws InvalidInputException naming every bad field: {@code kvkNumber} (8 digits), {@code name},
   *     {@code email}, {@code locations[i].name}, {@code locations[i].address},
   *     {@code locations[i].municipalityCode} (a municipality of the region)
   */
  public Provider save(Provider provider) {
    if (provider == null) {
      throw new InvalidInputException(List.of(new FieldError("provider", "ontbreekt")));
    }
    requireValid(providerErrors(provider));
    Provider clean = new Provider(provider.kvkNumber(), provider.name().strip(), provider.email().strip(),
        provider.locations().stream().map(l -> new Location(l.name().strip(),
            l.address() == null || l.address().isBlank() ? null : l.address().strip(), l.municipalityCode())).toList());
    write(() -> {
      int updated = jdbc.update("UPDATE wmo_provider SET name = ?, email = ? WHERE kvk_number = ?",
          clean.name(), clean.email(), clean.kvkNumber());
      if (updated == 0) {
        jdbc.update("INSERT INTO wmo_provider (kvk_number, name, email, created_at) VALUES (?, ?, ?, ?)",
            clean.kvkNumber(), clean.name(), clean.email(), new Timestamp(ClockUtil.getCurrentTime().getTime()));
      }
      jdbc.update("DELETE FROM wmo_provider_location WHERE kvk_number = ?", clean.kvkNumber());
      for (Location location : clean.locations()) {
        jdbc.update("INSERT INTO wmo_provider_location (kvk_number, name, address, municipality_code) "
            + "VALUES (?, ?, ?, ?)", clean.kvkNumber(), location.name(), location.address(), location.municipalityCode());
      }
    }, "Aanbieder " + clean.kvkNumber());
    return find(clean.kvkNumber()).orElseThrow();
  }

  /** What is wrong with the provider, field by field; empty when it can be saved. */
  List<FieldError> providerErrors(Provider provider) {
    List<FieldError> errors = new ArrayList<>();
    checkKvk(errors, provider.kvkNumber());
    checkText(errors, "name", provider.name(), true, NAME_LENGTH);
    if (checkText(errors, "email", provider.email(), true, EMAIL_LENGTH)
        && !InputRules.EMAIL.matcher(provider.email().strip()).matches()) {
      errors.add(new FieldError("email", "moet een geldig e-mailadres zijn"));
    }
    for (int i = 0; i < provider.locations().size(); i++) {
      Location location = provider.locations().get(i);
      String field = "locations[" + i + "]";
      if (location == null) {
        errors.add(new FieldError(field, "ontbreekt"));
        continue;
      }
      checkText(errors, field + ".name", location.name(), true, NAME_LENGTH);
      checkText(errors, field + ".address", location.address(), false, ADDRESS_LENGTH);
      checkMunicipality(errors, field + ".municipalityCode", location.municipalityCode());
    }
    return errors;
  }

  // ---------------------------------------------------------------------------------------------- letters

  /** A Dutch postcode, "6411 AB" (a space or none, capitals or not). */
  static final java.util.regex.Pattern POSTCODE = java.util.regex.Pattern.compile("[1-9][0-9]{3} ?[A-Za-z]{2}");

  /**
   * The address letters by post go to.
   *
   * @param street street and number, or a PO box ("Postbus 1")
   * @param postalCode the postcode, "6411 AB"
   * @param city the place, "Heerlen"
   */
  public record PostalAddress(String street, String postalCode, String city) {
  }

  /**
   * Whether the provider has made known that it can be reached electronically for decisions and other letters
   * (art. 2:14 lid 1 Awb). Without it, letters go by post; a known e-mail address alone is no consent.
   *
   * @param given whether it consented
   * @param since the day it made that known; null when not given
   * @param recordedBy the user who recorded it, or null
   */
  public record ElectronicConsent(boolean given, LocalDate since, String recordedBy) {

    static final ElectronicConsent NONE = new ElectronicConsent(false, null, null);
  }

  /** The provider's postal address, if the register has one. */
  public Optional<PostalAddress> postalAddress(String kvkNumber) {
    return jdbc.query("SELECT postal_street, postal_code, postal_city FROM wmo_provider WHERE kvk_number = ? "
            + "AND postal_street IS NOT NULL", (rs, row) -> new PostalAddress(rs.getString("postal_street"),
            rs.getString("postal_code"), rs.getString("postal_city")), kvkNumber)
        .stream().findFirst();
  }

  /**
   * Records the provider's postal address.
   *
   * @throws InvalidInputException naming every bad field: {@code kvkNumber} (8 digits, in the register),
   *     {@code street}, {@code postalCode} (as "6411 AB"), {@code city}
   */
  public PostalAddress savePostalAddress(String kvkNumber, PostalAddress address) {
    List<FieldError> errors = new ArrayList<>();
    checkKvk(errors, kvkNumber);
    if (address == null) {
      errors.add(new FieldError("postalAddress", "ontbreekt"));
    } else {
      checkText(errors, "street", address.street(), true, NAME_LENGTH);
      if (checkText(errors, "postalCode", address.postalCode(), true, 7)
          && !POSTCODE.matcher(address.postalCode().strip()).matches()) {
        errors.add(new FieldError("postalCode", "moet een postcode zijn als 6411 AB"));
      }
      checkText(errors, "city", address.city(), true, 100);
    }
    if (errors.isEmpty() && find(kvkNumber).isEmpty()) {
      errors.add(new FieldError("kvkNumber", "is geen aanbieder in het register"));
    }
    requireValid(errors);
    String code = address.postalCode().strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
    PostalAddress clean = new PostalAddress(address.street().strip(), code.substring(0, 4) + " " + code.substring(4),
        address.city().strip());
    write(() -> jdbc.update("UPDATE wmo_provider SET postal_street = ?, postal_code = ?, postal_city = ? "
        + "WHERE kvk_number = ?", clean.street(), clean.postalCode(), clean.city(), kvkNumber),
        "Postadres van aanbieder " + kvkNumber);
    return clean;
  }

  /** The provider's consent to electronic letters (art. 2:14 Awb); none for a provider not in the register. */
  public ElectronicConsent electronicConsent(String kvkNumber) {
    return jdbc.query("SELECT electronic_consent, electronic_consent_since, electronic_consent_recorded_by "
            + "FROM wmo_provider WHERE kvk_number = ?", (rs, row) -> new ElectronicConsent(
            rs.getBoolean("electronic_consent"), rs.getObject("electronic_consent_since", LocalDate.class),
            rs.getString("electronic_consent_recorded_by")), kvkNumber)
        .stream().findFirst().orElse(ElectronicConsent.NONE);
  }

  /**
   * Whether letters to the provider may go by e-mail (art. 2:14 lid 1 Awb), for {@code ${sendMail}} and models:
   * {@code ${providers.acceptsElectronicLetters(providerKvkNumber)}}.
   */
  public boolean acceptsElectronicLetters(String kvkNumber) {
    return kvkNumber != null && electronicConsent(kvkNumber).given();
  }

  /**
   * Records whether the provider consents to electronic letters (art. 2:14 lid 1 Awb), or withdraws it.
   *
   * @param since the day the provider made it known; required when {@code given}, not after today
   * @param recordedBy the user recording it
   * @throws InvalidInputException naming every bad field: {@code kvkNumber}, {@code given}, {@code since}
   */
  public ElectronicConsent saveElectronicConsent(String kvkNumber, Boolean given, LocalDate since,
      String recordedBy) {
    List<FieldError> errors = new ArrayList<>();
    checkKvk(errors, kvkNumber);
    if (given == null) {
      errors.add(new FieldError("given", "ontbreekt"));
    } else if (given && since == null) {
      errors.add(new FieldError("since", "ontbreekt: de dag waarop de aanbieder de toestemming gaf"));
    }
    if (since != null && since.isAfter(LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        java.time.ZoneId.of("Europe/Amsterdam")))) {
      errors.add(new FieldError("since", "ligt in de toekomst"));
    }
    if (errors.isEmpty() && find(kvkNumber).isEmpty()) {
      errors.add(new FieldError("kvkNumber", "is geen aanbieder in het register"));
    }
    requireValid(errors);
    ElectronicConsent consent = given ? new ElectronicConsent(true, since, recordedBy)
        : new ElectronicConsent(false, null, recordedBy);
    write(() -> jdbc.update("UPDATE wmo_provider SET electronic_consent = ?, electronic_consent_since = ?, "
        + "electronic_consent_recorded_by = ? WHERE kvk_number = ?", consent.given(), consent.since(),
        consent.recordedBy(), kvkNumber), "Toestemming elektronisch verkeer van aanbieder " + kvkNumber);
    return consent;
  }

  // ---------------------------------------------------------------------------------------------- relations

  /** The provider's relations with the municipalities of the region, by municipality code. */
  public List<Relation> relations(String kvkNumber) {
    return jdbc.query("SELECT kvk_number, municipality_code, kind, indications FROM wmo_provider_relation "
        + "WHERE kvk_number = ? ORDER BY municipality_code", ProviderRegister::relation, kvkNumber);
  }

  public Optional<Relation> relation(String kvkNumber, String municipalityCode) {
    return jdbc.query("SELECT kvk_number, municipality_code, kind, indications FROM wmo_provider_relation "
            + "WHERE kvk_number = ? AND municipality_code = ?", ProviderRegister::relation, kvkNumber, municipalityCode)
        .stream().findFirst();
  }

  /**
   * Creates or replaces the relation of a municipality with a registered provider.
   *
   * @throws InvalidInputException naming every bad field: {@code kvkNumber} (8 digits, and the provider must be
   *     in the register), {@code municipalityCode} (a municipality of the region), {@code kind}
   *     ({@value #CONTRACT} or {@value #SUBSIDIE}), {@code indications} (0 or more)
   */
  public void saveRelation(Relation relation) {
    if (relation == null) {
      throw new InvalidInputException(List.of(new FieldError("relation", "ontbreekt")));
    }
    List<FieldError> errors = relationErrors(relation.kvkNumber(), relation.municipalityCode(), relation.kind(),
        relation.indications());
    if (errors.isEmpty() && find(relation.kvkNumber()).isEmpty()) {
      errors.add(new FieldError("kvkNumber", "is geen aanbieder in het register"));
    }
    requireValid(errors);
    write(() -> {
      int updated = jdbc.update("UPDATE wmo_provider_relation SET kind = ?, indications = ? "
          + "WHERE kvk_number = ? AND municipality_code = ?", relation.kind(), relation.indications(),
          relation.kvkNumber(), relation.municipalityCode());
      if (updated == 0) {
        jdbc.update("INSERT INTO wmo_provider_relation (kvk_number, municipality_code, kind, indications) "
            + "VALUES (?, ?, ?, ?)", relation.kvkNumber(), relation.municipalityCode(), relation.kind(),
            relation.indications());
      }
    }, "Relatie van " + relation.municipalityCode() + " met aanbieder " + relation.kvkNumber());
  }

  /** What is wrong with a relation, field by field (the provider's existence not checked); empty when valid. */
  List<FieldError> relationErrors(String kvkNumber, String municipalityCode, String kind, Integer indications) {
    List<FieldError> errors = new ArrayList<>();
    checkKvk(errors, kvkNumber);
    checkMunicipality(errors, "municipalityCode", municipalityCode);
    if (kind == null || kind.isBlank()) {
      errors.add(new FieldError("kind", "ontbreekt"));
    } else if (!KINDS.contains(kind)) {
      errors.add(new FieldError("kind", "moet '" + CONTRACT + "' of '" + SUBSIDIE + "' zijn"));
    }
    if (indications == null) {
      errors.add(new FieldError("indications", "ontbreekt"));
    } else if (indications < 0) {
      errors.add(new FieldError("indications", "mag niet negatief zijn"));
    }
    return errors;
  }

  /**
   * The kind of relation of the municipality with the provider, for gateways and decision inputs.
   *
   * @return {@value #CONTRACT}, {@value #SUBSIDIE}, or null when the municipality has no relation with it
   */
  public String relationKind(String kvkNumber, String municipalityCode) {
    return relation(kvkNumber, municipalityCode).map(Relation::kind).orElse(null);
  }

  /**
   * The municipality with the most indications at the provider ({@code decisions/initiatiefGemeente.dmn}: it takes the
   * initiative when neither a calamity nor a subsidy decides it). Every relation counts, contract or subsidy, also one
   * with no indications. On a tie the lowest municipality code wins (e.g. GM0917 before GM0935), so the answer is the
   * same on every call.
   *
   * @return the municipality code; empty when no municipality has a relation with the provider
   */
  public Optional<String> municipalityWithMostIndications(String kvkNumber) {
    return relations(kvkNumber).stream()
        .sorted((a, b) -> a.indications() != b.indications()
            ? Integer.compare(b.indications(), a.indications())
            : a.municipalityCode().compareTo(b.municipalityCode()))
        .map(Relation::municipalityCode)
        .findFirst();
  }

  /**
   * The supervision-desk addresses of every other municipality of the region with a relation to the provider, to keep
   * them informed of an intervention ({@code docs/processen/interventiepiramide.md}): comma-separated, by municipality
   * code, e.g. {@code "wmo-toezicht@maastricht.demo.example,wmo-toezicht@kerkrade.demo.example"}. A relation of a
   * municipality that is no longer in the region's configuration is left out.
   *
   * @param leadMunicipality the municipality leading the case, left out
   * @return the addresses; empty text when there are none
   */
  public String otherMunicipalityMails(String kvkNumber, String leadMunicipality) {
    return otherMunicipalities(kvkNumber, leadMunicipality).stream()
        .map(region::municipalityMail)
        .collect(Collectors.joining(","));
  }

  /**
   * The names of every other municipality of the region with a relation to the provider, for letters, in
   * Dutch: by name, "Kerkrade", "Kerkrade en Maastricht", "Beek, Kerkrade en Maastricht".
   *
   * @param leadMunicipality the municipality leading the case, left out
   * @return the names; empty text when there are none
   */
  public String otherMunicipalityNames(String kvkNumber, String leadMunicipality) {
    List<String> names = otherMunicipalities(kvkNumber, leadMunicipality).stream()
        .map(region::municipalityName).sorted().toList();
    if (names.size() <= 1) {
      return names.isEmpty() ? "" : names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " en " + names.get(names.size() - 1);
  }

  private List<String> otherMunicipalities(String kvkNumber, String leadMunicipality) {
    return relations(kvkNumber).stream()
        .map(Relation::municipalityCode)
        .filter(code -> !code.equals(leadMunicipality))
        .filter(region::isMunicipality)
        .toList();
  }

  // ------------------------------------------------------------------------------------------------ history

  /** The provider's enforcement cases, oldest first. */
  public List<HistoryEntry> history(String kvkNumber) {
    return jdbc.query("SELECT " + HISTORY_COLUMNS + " FROM wmo_enforcement_history WHERE kvk_number = ? "
        + "ORDER BY started_on, case_number", ProviderRegister::historyEntry, kvkNumber);
  }

  /**
   * Recidive: whether another enforcement case against the provider established a violation.
   *
   * @param excludingCaseNumber the case asking, left out; null to consider every case
   */
  public boolean hasEarlierViolation(String kvkNumber, String excludingCaseNumber) {
    Integer count = excludingCaseNumber == null
        ? jdbc.queryForObject("SELECT COUNT(*) FROM wmo_enforcement_history WHERE kvk_number = ? "
            + "AND violation_established = TRUE", Integer.class, kvkNumber)
        : jdbc.queryForObject("SELECT COUNT(*) FROM wmo_enforcement_history WHERE kvk_number = ? "
            + "AND violation_established = TRUE AND case_number <> ?", Integer.class, kvkNumber, excludingCaseNumber);
    return count != null && count > 0;
  }

  /**
   * Records that an enforcement case against the provider started; the provider need not be in the register.
   * Idempotent: recording the same case again (same provider and process) changes nothing, so a retried job
   * does no harm.
   *
   * @throws IllegalArgumentException with a Dutch message when an argument is missing or invalid
   * @throws IllegalStateException when the case number is already recorded for another provider or process
   */
  public void recordCaseStarted(String kvkNumber, String caseNumber, String municipalityCode, String processKey,
      LocalDate startedOn) {
    require(kvkNumber != null && InputRules.KVK_NUMBER.matcher(kvkNumber).matches(),
        "KvK-nummer '" + kvkNumber + "' moet uit 8 cijfers bestaan.");
    requireCaseNumber(caseNumber);
    require(municipalityCode != null && region.isMunicipality(municipalityCode),
        "Gemeente '" + municipalityCode + "' hoort niet bij de regio.");
    require(processKey != null && !processKey.isBlank() && processKey.length() <= PROCESS_KEY_LENGTH,
        "Proces ontbreekt of is langer dan " + PROCESS_KEY_LENGTH + " tekens.");
    require(startedOn != null, "Begindatum van de zaak ontbreekt.");
    write(() -> {
      List<String[]> existing = jdbc.query("SELECT kvk_number, process_key FROM wmo_enforcement_history "
          + "WHERE case_number = ?", (rs, row) -> new String[] {rs.getString(1), rs.getString(2)}, caseNumber);
      if (existing.isEmpty()) {
        jdbc.update("INSERT INTO wmo_enforcement_history (kvk_number, case_number, municipality_code, process_key, "
            + "started_on, violation_established) VALUES (?, ?, ?, ?, ?, FALSE)", kvkNumber, caseNumber,
            municipalityCode, processKey, startedOn);
      } else if (!existing.get(0)[0].equals(kvkNumber) || !existing.get(0)[1].equals(processKey)) {
        throw new IllegalStateException("Zaak " + caseNumber + " staat al in de handhavingshistorie, voor aanbieder "
            + existing.get(0)[0] + " in proces " + existing.get(0)[1] + ".");
      }
    }, "Zaak " + caseNumber);
  }

  /**
   * Records how an enforcement case ended. Idempotent: recording it again overwrites the outcome with the same
   * (or a corrected) one.
   *
   * @param outcome e.g. {@code nageleefd}, {@code maximumBereikt}; at most 40 characters
   * @param violationEstablished whether a violation was established: it counts as recidive in later cases
   * @throws IllegalArgumentException with a Dutch message when an argument is missing or invalid, or the case
   *     was never recorded as started
   */
  public void recordCaseOutcome(String caseNumber, LocalDate endedOn, String outcome, boolean violationEstablished) {
    requireCaseNumber(caseNumber);
    require(endedOn != null, "Einddatum van de zaak ontbreekt.");
    require(outcome != null && !outcome.isBlank() && outcome.length() <= OUTCOME_LENGTH,
        "Uitkomst ontbreekt of is langer dan " + OUTCOME_LENGTH + " tekens.");
    int updated = jdbc.update("UPDATE wmo_enforcement_history SET ended_on = ?, outcome = ?, "
        + "violation_established = ? WHERE case_number = ?", endedOn, outcome, violationEstablished, caseNumber);
    require(updated > 0, "Zaak " + caseNumber + " staat niet in de handhavingshistorie; leg eerst het begin vast.");
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private List<Location> locations(String kvkNumber) {
    return jdbc.query("SELECT name, address, municipality_code FROM wmo_provider_location WHERE kvk_number = ? "
        + "ORDER BY id", (rs, row) -> location(rs), kvkNumber);
  }

  /**
   * Runs the writes in the caller's transaction or, without one, in a transaction of its own. Two first saves of
   * the same key at once: in a transaction of its own the loser is retried once (and then updates); in the
   * caller's transaction it fails with a {@link ConcurrencyFailureException} (a Camunda job retries it).
   */
  private void write(Runnable work, String what) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      try {
        work.run();
      } catch (DuplicateKeyException e) {
        throw concurrent(what, e);
      }
      return;
    }
    try {
      ownTransaction.executeWithoutResult(status -> work.run());
    } catch (DuplicateKeyException first) {
      try {
        ownTransaction.executeWithoutResult(status -> work.run());
      } catch (DuplicateKeyException e) {
        throw concurrent(what, e);
      }
    }
  }

  private static ConcurrencyFailureException concurrent(String what, DuplicateKeyException e) {
    return new ConcurrencyFailureException(what + " wordt tegelijk ook door een ander vastgelegd; "
        + "probeer het opnieuw.", e);
  }

  private static void checkKvk(List<FieldError> errors, String kvkNumber) {
    if (kvkNumber == null || kvkNumber.isBlank()) {
      errors.add(new FieldError("kvkNumber", "ontbreekt"));
    } else if (!InputRules.KVK_NUMBER.matcher(kvkNumber).matches()) {
      errors.add(new FieldError("kvkNumber", "moet een KvK-nummer van 8 cijfers zijn"));
    }
  }

  private void checkMunicipality(List<FieldError> errors, String field, String code) {
    if (code == null || code.isBlank()) {
      errors.add(new FieldError(field, "ontbreekt"));
    } else if (!region.isMunicipality(code)) {
      errors.add(new FieldError(field, "is geen gemeente van de regio " + region.name()));
    }
  }

  /** Checks a text field; true when it is present and fits, so that further checks make sense. */
  private static boolean checkText(List<FieldError> errors, String field, String value, boolean required, int max) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, "ontbreekt"));
      }
      return false;
    }
    if (value.strip().length() > max) {
      errors.add(new FieldError(field, "mag hoogstens " + max + " tekens lang zijn"));
      return false;
    }
    return true;
  }

  private static void requireValid(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static void requireCaseNumber(String caseNumber) {
    require(caseNumber != null && !caseNumber.isBlank() && caseNumber.length() <= CASE_NUMBER_LENGTH,
        "Zaaknummer ontbreekt of is langer dan " + CASE_NUMBER_LENGTH + " tekens.");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  private static Location location(ResultSet rs) throws SQLException {
    return new Location(rs.getString("name"), rs.getString("address"), rs.getString("municipality_code"));
  }

  private static Relation relation(ResultSet rs, int row) throws SQLException {
    return new Relation(rs.getString("kvk_number"), rs.getString("municipality_code"), rs.getString("kind"),
        rs.getInt("indications"));
  }

  private static HistoryEntry historyEntry(ResultSet rs, int row) throws SQLException {
    return new HistoryEntry(rs.getString("case_number"), rs.getString("municipality_code"),
        rs.getString("process_key"), rs.getObject("started_on", LocalDate.class),
        rs.getObject("ended_on", LocalDate.class), rs.getString("outcome"), rs.getBoolean("violation_established"));
  }
}
