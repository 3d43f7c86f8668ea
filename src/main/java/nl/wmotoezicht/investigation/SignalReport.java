package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;

import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.kernel.ReporterVariables;

/**
 * A signal about a provider as an external system sends it. The fields are named like the process variables, so the
 * same signal can also be sent as {@code SignaalOntvangen} to {@code POST /engine-rest/message}. The rules are in
 * {@link SignalReportValidator}.
 */
@Schema(description = "Signaal over de kwaliteit of rechtmatigheid van een Wmo-voorziening")
public record SignalReport(
    @Schema(requiredMode = RequiredMode.REQUIRED, description = "Kenmerk van het signaal bij de melder; dezelfde referentie start nooit een tweede zaak", example = "TOEGANG-2026-0311")
    String reporterReference,
    @Schema(requiredMode = RequiredMode.REQUIRED, description = "Wie het signaal geeft",
        allowableValues = {"burger", "toegang", "contractmanager", "ikz", "toezichthouder"})
    String signalSource,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "Zorg Thuis Zuid B.V.") String providerName,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "12345678") String providerKvkNumber,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "kwaliteit@zorgthuiszuid.example") String providerEmail,
    @Schema(example = "Woonlocatie De Linde, Heerlen") String location,
    @Schema(requiredMode = RequiredMode.REQUIRED, description = "CBS-code van de gemeente waar het signaal over gaat (woongemeente van de cliënt)", example = "GM0917")
    String municipalityCode,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "Begeleiding komt al weken niet opdagen; cliënten worden niet gebeld.")
    String description,
    @Schema(description = "Datum waarop het gesignaleerde zich voordeed (ISO)", example = "2026-11-18") String observedOn,
    @Schema(example = "Team Toegang Heerlen") String reporterName,
    @Schema(description = "Voor de terugkoppeling aan de melder", example = "toegang@heerlen.example") String reporterEmail,
    @Schema(example = "045 560 4000") String reporterPhone) {

  /** The signal as start variables of the investigation. */
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    ReporterVariables.put(variables, reporterReference, reporterName, reporterEmail, reporterPhone);
    SIGNAL_SOURCE.put(variables, signalSource);
    ProviderVariables.put(variables, providerName, providerKvkNumber, providerEmail);
    LOCATION.put(variables, location);
    CaseVariables.MUNICIPALITY_CODE.put(variables, municipalityCode);
    DESCRIPTION.put(variables, description);
    OBSERVED_ON.put(variables, observedOn);
    return variables;
  }
}
