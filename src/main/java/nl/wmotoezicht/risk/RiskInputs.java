package nl.wmotoezicht.risk;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.wmotoezicht.risk.RiskDecision.Inputs;

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

  /** The decision's variables: the names of its input columns ({@link RiskDecision.Inputs}). */
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Inputs.SERVICE_KIND.name(), serviceKind);
    variables.put(Inputs.CALAMITIES.name(), calamities);
    variables.put(Inputs.SERIOUS_CALAMITIES.name(), seriousCalamities);
    variables.put(Inputs.SIGNALS.name(), signals);
    variables.put(Inputs.CONTRACT_SIGNALS.name(), contractSignals);
    variables.put(Inputs.THEMES_NOT_MET.name(), themesNotMet);
    variables.put(Inputs.THEMES_PARTLY_MET.name(), themesPartlyMet);
    variables.put(Inputs.OPEN_REPAIR_OFFERS.name(), openRepairOffers);
    variables.put(Inputs.ENFORCEMENT_CASES.name(), enforcementCases);
    variables.put(Inputs.RECIDIVE.name(), recidive);
    variables.put(Inputs.NEVER_VISITED.name(), neverVisited);
    variables.put(Inputs.MONTHS_SINCE_VISIT.name(), monthsSinceVisit);
    variables.put(Inputs.CLIENTS.name(), clients);
    variables.put(Inputs.MONTHS_ACTIVE.name(), monthsActive);
    variables.put(Inputs.CLIENT_EXPERIENCE.name(), clientExperience);
    return variables;
  }
}
