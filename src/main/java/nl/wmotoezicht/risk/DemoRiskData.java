package nl.wmotoezicht.risk;

import static nl.wmotoezicht.provider.DemoProviders.MAASVALLEI;
import static nl.wmotoezicht.provider.DemoProviders.PARKSTAD;
import static nl.wmotoezicht.provider.DemoProviders.ZORG_THUIS_ZUID;

import java.time.LocalDate;
import java.util.List;
import nl.wmotoezicht.provider.ProviderRegister;
import nl.wmotoezicht.provider.ProviderRegister.Location;
import nl.wmotoezicht.provider.ProviderRegister.Provider;
import nl.wmotoezicht.provider.ProviderRegister.Relation;
import nl.wmotoezicht.risk.InspectionResults.InspectionResult;
import nl.wmotoezicht.risk.ProviderServices.ProviderService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo data of the risk analysis, only with {@code wmo.demo.users-enabled=true} (the demo profile), added after the
 * demo providers: the service kinds of every demo provider, two more providers (one new in the region), and the
 * inspections of the previous calendar year's plans, so that the plan proposal shows ranked providers with reasons
 * right after start-up. Idempotent; dates are relative to the current year.
 */
@Component
@ConditionalOnProperty(name = "wmo.demo.users-enabled", havingValue = "true")
class DemoRiskData {

  /** New in the region: started six months ago. */
  static final String DE_ONTMOETING = "45678901";
  static final String HEUVELLAND = "56789012";

  private static final Logger LOG = LoggerFactory.getLogger(DemoRiskData.class);

  private final ProviderRegister providers;
  private final ProviderServices services;
  private final InspectionResults inspections;

  DemoRiskData(ProviderRegister providers, ProviderServices services, InspectionResults inspections) {
    this.providers = providers;
    this.services = services;
    this.inspections = inspections;
  }

  @EventListener(ApplicationReadyEvent.class)
  void addDemoRiskData() {
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), RiskInputCollector.ZONE);
    int lastYear = today.getYear() - 1;
    if (providers.find(DE_ONTMOETING).isEmpty()) {
      providers.save(new Provider(DE_ONTMOETING, "Dagbesteding De Ontmoeting", "info@deontmoeting.example",
          List.of(new Location("Ontmoetingscentrum", "Kerkrade", "GM0928"))));
      providers.saveRelation(new Relation(DE_ONTMOETING, "GM0928", ProviderRegister.CONTRACT, 18));
    }
    if (providers.find(HEUVELLAND).isEmpty()) {
      providers.save(new Provider(HEUVELLAND, "Zorgcollectief Heuvelland", "kwaliteit@heuvelland.example",
          List.of(new Location("Wijkteam Centrum", "Maastricht", "GM0935"))));
      providers.saveRelation(new Relation(HEUVELLAND, "GM0935", ProviderRegister.CONTRACT, 47));
    }
    service(ZORG_THUIS_ZUID, ServiceKind.BEGELEIDING, 52, LocalDate.of(2019, 1, 1), 7.4);
    service(ZORG_THUIS_ZUID, ServiceKind.BESCHERMD_WONEN, 14, LocalDate.of(2021, 4, 1), 6.4);
    service(MAASVALLEI, ServiceKind.BEGELEIDING, 30, LocalDate.of(2018, 1, 1), 5.8);
    service(MAASVALLEI, ServiceKind.PGB, 12, LocalDate.of(2020, 1, 1), null);
    service(PARKSTAD, ServiceKind.BESCHERMD_WONEN, 30, LocalDate.of(2017, 1, 1), 7.9);
    service(DE_ONTMOETING, ServiceKind.DAGBESTEDING, 18, today.minusMonths(6), null);
    service(HEUVELLAND, ServiceKind.BEGELEIDING, 25, LocalDate.of(2016, 1, 1), 8.1);
    service(HEUVELLAND, ServiceKind.DAGBESTEDING, 22, LocalDate.of(2016, 1, 1), 7.7);

    inspection(new InspectionResult("KWO-" + lastYear + "-90001", PARKSTAD, ServiceKind.BESCHERMD_WONEN, "parkstad",
        "GM0928", lastYear, 3, LocalDate.of(lastYear, 3, 14), "voldoet", "voldoetDeels", "voldoet"));
    inspection(new InspectionResult("KWO-" + lastYear + "-90002", ZORG_THUIS_ZUID, ServiceKind.BEGELEIDING,
        "parkstad", "GM0917", lastYear, 5, LocalDate.of(lastYear, 6, 10), "voldoetDeels", "voldoet", "voldoetNiet"));
    inspection(new InspectionResult("KWO-" + lastYear + "-90003", HEUVELLAND, ServiceKind.BEGELEIDING,
        "maastricht-heuvelland", "GM0935", lastYear, 9, LocalDate.of(lastYear, 9, 22), "voldoet", "voldoet",
        "voldoet"));
    LOG.info("Demo risk data present: {} provider services", services.all().size());
  }

  private void service(String kvkNumber, String kind, int clients, LocalDate since, Double experience) {
    if (providers.find(kvkNumber).isPresent()
        && services.of(kvkNumber).stream().noneMatch(s -> s.serviceKind().equals(kind))) {
      services.save(new ProviderService(kvkNumber, kind, clients, since, experience));
    }
  }

  private void inspection(InspectionResult result) {
    if (inspections.find(result.caseNumber()).isEmpty()) {
      inspections.record(result);
    }
  }
}
