package nl.wmotoezicht.provider;

import java.time.LocalDate;
import java.util.List;
import nl.wmotoezicht.provider.ProviderRegister.Location;
import nl.wmotoezicht.provider.ProviderRegister.PostalAddress;
import nl.wmotoezicht.provider.ProviderRegister.Provider;
import nl.wmotoezicht.provider.ProviderRegister.Relation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo providers for the demo region (Heerlen GM0917, Maastricht GM0935, Kerkrade GM0928), only when
 * {@code wmo.demo.users-enabled=true} (the demo profile). Added when the application is ready, after Flyway
 * created the tables. Idempotent: a restart adds only what is missing and leaves changes made since alone.
 *
 * <ul>
 *   <li>{@value #ZORG_THUIS_ZUID} Zorg Thuis Zuid B.V.: contract with Heerlen (40 indications) and Maastricht
 *       (12), so Heerlen has the most indications; no enforcement history, so no recidive.</li>
 *   <li>{@value #MAASVALLEI} Thuiszorg Maasvallei B.V.: contract with Maastricht (25) and Heerlen (5); an earlier
 *       last onder dwangsom in Maastricht that reached its maximum with a violation established, so recidive.</li>
 *   <li>{@value #PARKSTAD} Stichting Begeleid Wonen Parkstad: subsidised by Kerkrade (30 indications).</li>
 * </ul>
 * Each has a postal address; Zorg Thuis Zuid and Maasvallei have consented to electronic letters (art. 2:14 Awb), so
 * their letters go by e-mail, Parkstad has not, so its letters go to the print queue. A consent recorded or withdrawn
 * by a user is left alone.
 */
@Component
@ConditionalOnProperty(name = "wmo.demo.users-enabled", havingValue = "true")
public class DemoProviders {

  public static final String ZORG_THUIS_ZUID = "12345678";
  public static final String MAASVALLEI = "34567890";
  public static final String PARKSTAD = "23456789";
  static final String HEERLEN = "GM0917";
  static final String MAASTRICHT = "GM0935";
  static final String KERKRADE = "GM0928";

  private static final Logger LOG = LoggerFactory.getLogger(DemoProviders.class);

  private final ProviderRegister providers;

  DemoProviders(ProviderRegister providers) {
    this.providers = providers;
  }

  /** Before other demo data that refers to these providers (their listeners keep the default, last, order). */
  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void addDemoProviders() {
    provider(new Provider(ZORG_THUIS_ZUID, "Zorg Thuis Zuid B.V.", "kwaliteit@zorgthuiszuid.example",
        List.of(new Location("Woonlocatie De Linde", "Heerlen", HEERLEN))));
    relation(ZORG_THUIS_ZUID, HEERLEN, ProviderRegister.CONTRACT, 40);
    relation(ZORG_THUIS_ZUID, MAASTRICHT, ProviderRegister.CONTRACT, 12);

    provider(new Provider(MAASVALLEI, "Thuiszorg Maasvallei B.V.", "info@maasvallei.example", List.of()));
    relation(MAASVALLEI, MAASTRICHT, ProviderRegister.CONTRACT, 25);
    relation(MAASVALLEI, HEERLEN, ProviderRegister.CONTRACT, 5);
    if (providers.history(MAASVALLEI).stream().noneMatch(h -> h.caseNumber().equals("LOD-2025-00003"))) {
      providers.recordCaseStarted(MAASVALLEI, "LOD-2025-00003", MAASTRICHT, "lastOnderDwangsom",
          LocalDate.of(2025, 3, 1));
      providers.recordCaseOutcome("LOD-2025-00003", LocalDate.of(2025, 6, 30), "maximumBereikt", true);
    }

    provider(new Provider(PARKSTAD, "Stichting Begeleid Wonen Parkstad", "info@bwparkstad.example", List.of()));
    relation(PARKSTAD, KERKRADE, ProviderRegister.SUBSIDIE, 30);
    letters(ZORG_THUIS_ZUID, new PostalAddress("Akerstraat 12", "6411 HB", "Heerlen"), true);
    letters(MAASVALLEI, new PostalAddress("Postbus 1234", "6201 BE", "Maastricht"), true);
    letters(PARKSTAD, new PostalAddress("Hoofdstraat 5", "6461 CP", "Kerkrade"), false);
    LOG.info("Demo providers present: {}", providers.list().size());
  }

  private void provider(Provider provider) {
    if (providers.find(provider.kvkNumber()).isEmpty()) {
      providers.save(provider);
    }
  }

  private void letters(String kvkNumber, PostalAddress address, boolean consent) {
    if (providers.postalAddress(kvkNumber).isEmpty()) {
      providers.savePostalAddress(kvkNumber, address);
    }
    if (consent && providers.electronicConsent(kvkNumber).recordedBy() == null
        && !providers.electronicConsent(kvkNumber).given()) {
      providers.saveElectronicConsent(kvkNumber, true, LocalDate.of(2025, 1, 1), null);
    }
  }

  private void relation(String kvkNumber, String municipalityCode, String kind, int indications) {
    if (providers.relation(kvkNumber, municipalityCode).isEmpty()) {
      providers.saveRelation(new Relation(kvkNumber, municipalityCode, kind, indications));
    }
  }
}
