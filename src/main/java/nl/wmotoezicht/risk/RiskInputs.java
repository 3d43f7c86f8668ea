package nl.wmotoezicht.risk;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the risk analysis knows of one provider and service kind on a date; the inputs of
 * {@code decisions/risicoprofiel.dmn} under the names of its input columns.
 *
 * @param serviceKind one of {@link ServiceKind#ALL}
 * @param calamities calamities reported about the provider in the 24 months before the date
 * @param seriousCalamities of those, the ones whose seriousness was judged {@code groot}
 * @param signals signals about the provider in those 24 months (every source)
 * @param contractSignals of those, the signals from contract management
 * @param themesNotMet themes judged {@code voldoetNiet} in signal investigations and inspections of those 24 months
 * @param themesPartlyMet themes judged {@code voldoetDeels} in the same
 * @param openRepairOffers herstelaanbod still running on the date
 * @param enforcementCases enforcement cases started in those 24 months
 * @param recidive a violation was established in an enforcement case that ended before the date
 * @param neverVisited no inspection or investigation visit is known
 * @param monthsSinceVisit whole months since the last visit; null when never visited
 * @param clients the provider's clients (indications) of this service kind in the region
 * @param monthsActive whole months since the provider started delivering this service kind in the region
 * @param clientExperience the latest client-experience score (1-10); null when not measured
 */
public record RiskInputs(String serviceKind, int calamities, int seriousCalamities, int signals, int contractSignals,
    int themesNotMet, int themesPartlyMet, int openRepairOffers, int enforcementCases, boolean recidive,
    boolean neverVisited, Integer monthsSinceVisit, int clients, int monthsActive, Double clientExperience) {

  /** The decision's variables: the Dutch names of its input columns. */
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("dienstsoort", serviceKind);
    variables.put("calamiteiten", calamities);
    variables.put("ernstigeCalamiteiten", seriousCalamities);
    variables.put("signalen", signals);
    variables.put("signalenContractbeheer", contractSignals);
    variables.put("themasVoldoetNiet", themesNotMet);
    variables.put("themasVoldoetDeels", themesPartlyMet);
    variables.put("openHerstelaanbod", openRepairOffers);
    variables.put("handhavingszaken", enforcementCases);
    variables.put("recidive", recidive);
    variables.put("nooitBezocht", neverVisited);
    variables.put("maandenSindsBezoek", monthsSinceVisit);
    variables.put("clienten", clients);
    variables.put("maandenActief", monthsActive);
    variables.put("clientervaring", clientExperience);
    return variables;
  }
}
