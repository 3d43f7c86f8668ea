package nl.wmotoezicht.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.risk.RiskProperties.PurchasingRegion;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The configured purchasing regions, checked against the supervision region at start-up: every municipality and
 * lead municipality must be one of the region's, a municipality belongs to at most one purchasing region. Available
 * in model expressions as {@code purchasingRegions}.
 */
@Component("purchasingRegions")
@EnableConfigurationProperties(RiskProperties.class)
public class PurchasingRegions {

  private final RiskProperties properties;

  public PurchasingRegions(RiskProperties properties, Region region) {
    this.properties = properties;
    List<String> seen = new ArrayList<>();
    for (PurchasingRegion purchasingRegion : properties.purchasingRegions()) {
      if (purchasingRegion.code() == null || !purchasingRegion.code().matches("[a-z0-9-]{1,40}")) {
        throw new IllegalStateException("wmo.risk.purchasing-regions: code '" + purchasingRegion.code()
            + "' moet uit kleine letters, cijfers en '-' bestaan (hoogstens 40)");
      }
      for (String code : purchasingRegion.municipalities()) {
        if (!region.isMunicipality(code)) {
          throw new IllegalStateException("Inkoopregio " + purchasingRegion.code() + ": gemeente " + code
              + " hoort niet bij de regio");
        }
        if (seen.contains(code)) {
          throw new IllegalStateException("Gemeente " + code + " staat in meer dan één inkoopregio");
        }
        seen.add(code);
      }
      if (!purchasingRegion.municipalities().contains(purchasingRegion.leadMunicipality())) {
        throw new IllegalStateException("Inkoopregio " + purchasingRegion.code() + ": de centrumgemeente "
            + purchasingRegion.leadMunicipality() + " hoort niet bij de inkoopregio");
      }
    }
  }

  public List<PurchasingRegion> all() {
    return properties.purchasingRegions();
  }

  public Optional<PurchasingRegion> find(String code) {
    return all().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  public PurchasingRegion require(String code) {
    return find(code).orElseThrow(() -> new IllegalArgumentException("Onbekende inkoopregio " + code));
  }

  /** The purchasing region a municipality buys in, if any. */
  public Optional<PurchasingRegion> of(String municipalityCode) {
    return all().stream().filter(r -> r.municipalities().contains(municipalityCode)).findFirst();
  }

  /** How many months back the risk analysis looks. */
  public int windowMonths() {
    return properties.windowMonths();
  }
}
