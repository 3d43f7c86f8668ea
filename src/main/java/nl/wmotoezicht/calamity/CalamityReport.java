package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.*;

import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.kernel.ReporterVariables;

/**
 * A calamity report as an external system sends it. The fields are named like the process
 * variables, so the same report can also be sent as {@code CalamiteitGemeld} to
 * {@code POST /engine-rest/message}. The rules are in {@link CalamityReportValidator}.
 */
@Schema(description = "Melding van een calamiteit of geweld bij de verstrekking van een voorziening (art. 3.4 Wmo 2015)")
public record CalamityReport(
    @Schema(requiredMode = RequiredMode.REQUIRED, description = "Kenmerk van de melding bij de melder; dezelfde referentie start nooit een tweede zaak", example = "ZA-2026-1183")
    String reporterReference,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "Zorg Thuis Zuid B.V.") String providerName,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "12345678") String providerKvkNumber,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "kwaliteit@zorgthuiszuid.example") String providerEmail,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "Woonlocatie De Linde, Heerlen") String location,
    @Schema(requiredMode = RequiredMode.REQUIRED, description = "CBS-code van de woongemeente van de cliënt", example = "GM0917")
    String municipalityCode,
    @Schema(requiredMode = RequiredMode.REQUIRED, description = "Datum van de gebeurtenis (ISO)", example = "2026-11-20")
    String eventDate,
    @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"calamiteit", "geweld"}) String kind,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "Cliënt gevallen tijdens transfer; heupfractuur.") String description,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "J. Smeets") String reporterName,
    @Schema(example = "j.smeets@zorgthuiszuid.example") String reporterEmail,
    @Schema(example = "045 123 4567") String reporterPhone,
    @Schema(description = "De aanbieder levert ook zorg onder de Wet langdurige zorg") Boolean careUnderWlz,
    @Schema(description = "De aanbieder levert ook zorg onder de Zorgverzekeringswet") Boolean careUnderZvw,
    @Schema(description = "De aanbieder levert ook jeugdhulp onder de Jeugdwet") Boolean careUnderJeugdwet) {

  /** The report as start variables of the calamity process. */
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    ReporterVariables.put(variables, reporterReference, reporterName, reporterEmail, reporterPhone);
    ProviderVariables.put(variables, providerName, providerKvkNumber, providerEmail);
    LOCATION.put(variables, location);
    CaseVariables.MUNICIPALITY_CODE.put(variables, municipalityCode);
    EVENT_DATE.put(variables, eventDate);
    KIND.put(variables, kind);
    DESCRIPTION.put(variables, description);
    CARE_UNDER_WLZ.put(variables, careUnderWlz);
    CARE_UNDER_ZVW.put(variables, careUnderZvw);
    CARE_UNDER_JEUGDWET.put(variables, careUnderJeugdwet);
    return variables;
  }
}
