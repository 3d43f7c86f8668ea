package nl.wmotoezicht.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.provider.ProviderRegister.HistoryEntry;
import nl.wmotoezicht.provider.ProviderRegister.Location;
import nl.wmotoezicht.provider.ProviderRegister.Provider;
import nl.wmotoezicht.provider.ProviderRegister.Relation;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The provider register on the suite's database (H2, then PostgreSQL), with the demo providers. */
@WmoIntegrationTest
class ProviderRegisterTest {

  private static final String HEERLEN = "GM0917";
  private static final String MAASTRICHT = "GM0935";
  private static final String KERKRADE = "GM0928";

  @Autowired ProviderRegister providers;
  @Autowired PlatformTransactionManager transactionManager;

  /** A KvK number no demo provider and, in all likelihood, no other test uses. */
  static String freshKvk() {
    return String.valueOf(ThreadLocalRandom.current().nextInt(90_000_000, 100_000_000));
  }

  private static String newCase() {
    return "HH-TEST-" + UUID.randomUUID().toString().substring(0, 18);
  }

  private Provider newProvider(String kvk) {
    return providers.save(new Provider(kvk, "Testzorg " + kvk + " B.V.", "info@testzorg.example",
        List.of(new Location("Locatie Centrum", "Heerlen", HEERLEN))));
  }

  @Test
  void holdsTheThreeDemoProviders() {
    assertThat(providers.list()).extracting(Provider::kvkNumber).contains("12345678", "34567890", "23456789");

    Provider zorgThuisZuid = providers.find("12345678").orElseThrow();
    assertThat(zorgThuisZuid.name()).isEqualTo("Zorg Thuis Zuid B.V.");
    assertThat(zorgThuisZuid.email()).isEqualTo("kwaliteit@zorgthuiszuid.example");
    assertThat(zorgThuisZuid.locations()).containsExactly(new Location("Woonlocatie De Linde", "Heerlen", HEERLEN));
    assertThat(providers.relations("12345678")).containsExactly(
        new Relation("12345678", HEERLEN, "contract", 40), new Relation("12345678", MAASTRICHT, "contract", 12));

    assertThat(providers.find("34567890").orElseThrow().name()).isEqualTo("Thuiszorg Maasvallei B.V.");
    assertThat(providers.relations("34567890")).containsExactly(
        new Relation("34567890", HEERLEN, "contract", 5), new Relation("34567890", MAASTRICHT, "contract", 25));
    assertThat(providers.history("34567890")).contains(new HistoryEntry("LOD-2025-00003", MAASTRICHT,
        "lastOnderDwangsom", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30), "maximumBereikt", true));

    assertThat(providers.find("23456789").orElseThrow().email()).isEqualTo("info@bwparkstad.example");
    assertThat(providers.relations("23456789")).containsExactly(new Relation("23456789", KERKRADE, "subsidie", 30));
    assertThat(providers.find("99999999")).isEmpty();
  }

  @Test
  void findsTheMunicipalityWithTheMostIndications() {
    assertThat(providers.municipalityWithMostIndications("12345678")).contains(HEERLEN);
    assertThat(providers.municipalityWithMostIndications("34567890")).contains(MAASTRICHT);
    assertThat(providers.municipalityWithMostIndications("23456789")).contains(KERKRADE);
    assertThat(providers.municipalityWithMostIndications("99999999")).isEmpty();
  }

  @Test
  void breaksATieByTheLowestMunicipalityCode() {
    String kvk = freshKvk();
    newProvider(kvk);
    providers.saveRelation(new Relation(kvk, MAASTRICHT, "contract", 20));
    providers.saveRelation(new Relation(kvk, KERKRADE, "contract", 20));
    providers.saveRelation(new Relation(kvk, HEERLEN, "subsidie", 3));

    assertThat(providers.municipalityWithMostIndications(kvk)).contains(KERKRADE);
  }

  @Test
  void tellsTheKindOfRelation() {
    assertThat(providers.relationKind("12345678", HEERLEN)).isEqualTo("contract");
    assertThat(providers.relationKind("23456789", KERKRADE)).isEqualTo("subsidie");
    assertThat(providers.relationKind("23456789", HEERLEN)).isNull();
    assertThat(providers.relationKind("99999999", HEERLEN)).isNull();
  }

  @Test
  void readsRecidiveFromTheEnforcementHistory() {
    assertThat(providers.hasEarlierViolation("34567890", null)).isTrue();
    assertThat(providers.hasEarlierViolation("34567890", "LOD-2025-00003"))
        .as("the demo case itself is not an earlier violation of itself")
        .isEqualTo(providers.history("34567890").stream()
            .anyMatch(h -> h.violationEstablished() && !h.caseNumber().equals("LOD-2025-00003")));

    // the demo data gives Zorg Thuis Zuid no history; another test class may have run a case against it since
    List<HistoryEntry> history = providers.history("12345678");
    assertThat(history).noneMatch(h -> h.caseNumber().startsWith("LOD-2025"));
    assertThat(providers.hasEarlierViolation("12345678", null))
        .isEqualTo(history.stream().anyMatch(HistoryEntry::violationEstablished));
    if (history.isEmpty()) {
      assertThat(providers.hasEarlierViolation("12345678", null)).isFalse();
    }
  }

  @Test
  void makesAProviderRecidivistWhenACaseEstablishesAViolation() {
    String kvk = freshKvk();
    String first = newCase();
    String second = newCase();
    assertThat(providers.hasEarlierViolation(kvk, null)).isFalse();

    providers.recordCaseStarted(kvk, first, HEERLEN, "interventiepiramide", LocalDate.of(2026, 1, 5));
    assertThat(providers.hasEarlierViolation(kvk, null)).as("a running case is no violation yet").isFalse();

    providers.recordCaseOutcome(first, LocalDate.of(2026, 3, 2), "nageleefd", true);
    providers.recordCaseStarted(kvk, second, MAASTRICHT, "lastOnderDwangsom", LocalDate.of(2026, 4, 1));

    assertThat(providers.hasEarlierViolation(kvk, second)).isTrue();
    assertThat(providers.hasEarlierViolation(kvk, first)).as("its own violation does not count").isFalse();
    assertThat(providers.hasEarlierViolation(kvk, null)).isTrue();
    assertThat(providers.history(kvk)).containsExactly(
        new HistoryEntry(first, HEERLEN, "interventiepiramide", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2),
            "nageleefd", true),
        new HistoryEntry(second, MAASTRICHT, "lastOnderDwangsom", LocalDate.of(2026, 4, 1), null, null, false));
  }

  @Test
  void doesNotCountACaseThatEstablishedNoViolation() {
    String kvk = freshKvk();
    String caseNumber = newCase();
    providers.recordCaseStarted(kvk, caseNumber, KERKRADE, "lastOnderDwangsom", LocalDate.of(2026, 2, 2));
    providers.recordCaseOutcome(caseNumber, LocalDate.of(2026, 5, 4), "herroepen", false);

    assertThat(providers.hasEarlierViolation(kvk, null)).isFalse();
  }

  @Test
  void recordsACaseOnceWhenItIsRecordedAgain() {
    String kvk = freshKvk();
    String caseNumber = newCase();
    LocalDate start = LocalDate.of(2026, 2, 2);

    providers.recordCaseStarted(kvk, caseNumber, HEERLEN, "lastOnderDwangsom", start);
    providers.recordCaseStarted(kvk, caseNumber, HEERLEN, "lastOnderDwangsom", start);
    providers.recordCaseOutcome(caseNumber, LocalDate.of(2026, 5, 4), "maximumBereikt", true);
    providers.recordCaseOutcome(caseNumber, LocalDate.of(2026, 5, 4), "maximumBereikt", true);

    assertThat(providers.history(kvk)).hasSize(1).first().satisfies(entry -> {
      assertThat(entry.outcome()).isEqualTo("maximumBereikt");
      assertThat(entry.violationEstablished()).isTrue();
    });
    assertThatThrownBy(() -> providers.recordCaseStarted(freshKvk(), caseNumber, HEERLEN, "lastOnderDwangsom", start))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(caseNumber);
    assertThatThrownBy(() -> providers.recordCaseOutcome(newCase(), start, "nageleefd", false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("handhavingshistorie");
  }

  @Test
  void writesTheHistoryInTheCallersTransaction() {
    String kvk = freshKvk();
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);

    transaction.executeWithoutResult(status -> {
      String caseNumber = newCase();
      providers.recordCaseStarted(kvk, caseNumber, HEERLEN, "lastOnderDwangsom", LocalDate.of(2026, 2, 2));
      providers.recordCaseOutcome(caseNumber, LocalDate.of(2026, 3, 2), "maximumBereikt", true);
      assertThat(providers.hasEarlierViolation(kvk, null)).isTrue();
      status.setRollbackOnly();
    });

    assertThat(providers.history(kvk)).isEmpty();
    assertThat(providers.hasEarlierViolation(kvk, null)).isFalse();
  }

  @Test
  void mailsAndNamesTheOtherMunicipalitiesWithARelation() {
    assertThat(providers.otherMunicipalityMails("12345678", HEERLEN)).isEqualTo("wmo-toezicht@maastricht.demo.example");
    assertThat(providers.otherMunicipalityNames("12345678", HEERLEN)).isEqualTo("Maastricht");
    assertThat(providers.otherMunicipalityMails("23456789", KERKRADE)).isEmpty();
    assertThat(providers.otherMunicipalityNames("23456789", KERKRADE)).isEmpty();
    assertThat(providers.otherMunicipalityMails("99999999", HEERLEN)).isEmpty();

    String kvk = freshKvk();
    newProvider(kvk);
    providers.saveRelation(new Relation(kvk, HEERLEN, "contract", 1));
    providers.saveRelation(new Relation(kvk, MAASTRICHT, "contract", 2));
    providers.saveRelation(new Relation(kvk, KERKRADE, "subsidie", 3));

    assertThat(providers.otherMunicipalityMails(kvk, KERKRADE))
        .isEqualTo("wmo-toezicht@heerlen.demo.example,wmo-toezicht@maastricht.demo.example");
    assertThat(providers.otherMunicipalityNames(kvk, HEERLEN)).isEqualTo("Kerkrade en Maastricht");
    assertThat(providers.otherMunicipalityNames(kvk, null)).isEqualTo("Heerlen, Kerkrade en Maastricht");
  }

  @Test
  void updatesAProviderAndReplacesItsLocationsAndRelations() {
    String kvk = freshKvk();
    newProvider(kvk);
    providers.saveRelation(new Relation(kvk, HEERLEN, "contract", 10));

    Provider saved = providers.save(new Provider(kvk, "  Nieuwe Naam B.V. ", "kwaliteit@nieuw.example", List.of(
        new Location("Locatie Noord", null, MAASTRICHT), new Location("Locatie Zuid", "Kerkrade", KERKRADE))));
    providers.saveRelation(new Relation(kvk, HEERLEN, "subsidie", 0));

    assertThat(saved.name()).isEqualTo("Nieuwe Naam B.V.");
    assertThat(providers.find(kvk)).contains(saved);
    assertThat(saved.locations()).containsExactly(new Location("Locatie Noord", null, MAASTRICHT),
        new Location("Locatie Zuid", "Kerkrade", KERKRADE));
    assertThat(providers.relations(kvk)).containsExactly(new Relation(kvk, HEERLEN, "subsidie", 0));
  }

  @Test
  void refusesAnInvalidProviderNamingEachField() {
    Provider bad = new Provider("1234567", " ", "geen-adres", List.of(
        new Location("Locatie", null, "GM9999"), new Location("", null, HEERLEN)));

    assertThatThrownBy(() -> providers.save(bad))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field)
            .containsExactly("kvkNumber", "name", "email", "locations[0].municipalityCode", "locations[1].name"));
    assertThat(providers.find("1234567")).isEmpty();
  }

  @Test
  void refusesAnInvalidRelationNamingEachField() {
    String kvk = freshKvk();
    newProvider(kvk);

    assertThatThrownBy(() -> providers.saveRelation(new Relation(kvk, "GM9999", "inkoop", -1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("municipalityCode", "kind", "indications"));
    assertThatThrownBy(() -> providers.saveRelation(new Relation(freshKvk(), HEERLEN, "contract", 1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("kvkNumber"));
    assertThat(providers.relations(kvk)).isEmpty();
  }
}
