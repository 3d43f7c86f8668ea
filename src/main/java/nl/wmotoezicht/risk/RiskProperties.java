package nl.wmotoezicht.risk;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The purchasing regions (inkoopregio's) of the supervision region, with what their annual plan needs.
 * Configuration {@code wmo.risk.purchasing-regions}; see docs/processen/jaarplan.md.
 *
 * @param windowMonths how far back calamities, signals, judgements and enforcement count (default 24)
 * @param purchasingRegions the purchasing regions
 */
@ConfigurationProperties("wmo.risk")
public record RiskProperties(Integer windowMonths, List<PurchasingRegion> purchasingRegions) {

  public RiskProperties {
    windowMonths = windowMonths == null ? 24 : windowMonths;
    purchasingRegions = purchasingRegions == null ? List.of() : List.copyOf(purchasingRegions);
  }

  /**
   * A purchasing region: municipalities that buy Wmo care together and have one annual supervision plan.
   *
   * @param code a short key, e.g. {@code parkstad}; the business key part of its plans
   * @param name its name, e.g. "Inkoopregio Parkstad"
   * @param municipalities the CBS codes of its municipalities (each of the supervision region)
   * @param leadMunicipality the CBS code of the municipality whose college adopts the plan
   * @param adoptionByEachCollege when true every college of the region adopts the plan, not only the lead's
   * @param planStart when the plan for the next year is proposed, as {@code --MM-DD} (e.g. {@code --10-01})
   * @param capacityHours the supervisors' hours per year for planned inspections in this region
   * @param hoursPerInspection hours one inspection takes, per service kind
   * @param randomSharePercent share of the capacity for providers drawn at random, 0-100
   * @param followUpSharePercent share of the capacity for follow-up visits (themes not met last time), 0-100
   * @param reactionTerm the contract managers' term to give their view, as an ISO period in days, weeks or months;
   *     when absent the named term {@code reactieContractmanagers} ({@code docs/termijnen.md})
   * @param themes the region's toetsingskader: the themes judged in an inspection
   */
  public record PurchasingRegion(String code, String name, List<String> municipalities, String leadMunicipality,
      boolean adoptionByEachCollege, String planStart, int capacityHours, Map<String, Integer> hoursPerInspection,
      int randomSharePercent, int followUpSharePercent, String reactionTerm, List<String> themes) {

    public PurchasingRegion {
      municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
      hoursPerInspection = hoursPerInspection == null ? Map.of() : Map.copyOf(hoursPerInspection);
      themes = themes == null || themes.isEmpty()
          ? List.of("clientgerichtheid", "professionaliteit", "veiligheid") : List.copyOf(themes);
      planStart = planStart == null ? "--10-01" : planStart;
    }

    /** Hours one inspection of this service kind takes; 8 when the configuration names none. */
    public int hoursFor(String serviceKind) {
      return hoursPerInspection.getOrDefault(serviceKind, 8);
    }
  }
}
