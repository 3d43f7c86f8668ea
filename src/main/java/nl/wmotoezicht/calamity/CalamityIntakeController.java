package nl.wmotoezicht.calamity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import nl.wmotoezicht.cases.IntakeAnswers;
import nl.wmotoezicht.cases.IntakeStarter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The intake API for calamity reports from providers' report forms and the GGD intake system. */
@RestController
@RequestMapping("/api/calamity-reports")
@Tag(name = "Intake", description = "Meldingen van externe systemen")
class CalamityIntakeController {

  private final IntakeStarter intake;
  private final CalamityReportValidator validator;

  CalamityIntakeController(IntakeStarter intake, CalamityReportValidator validator) {
    this.intake = intake;
    this.validator = validator;
  }

  @Operation(summary = "Calamiteit melden", description = "Start een zaak 'Calamiteit afhandelen'. De referentie van de melder "
      + "maakt het verzoek idempotent: hetzelfde verzoek nogmaals (ook gelijktijdig) start geen tweede zaak.")
  @IntakeAnswers
  @ApiResponse(responseCode = "403", description = "Geen recht om calamiteiten te melden")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> report(@RequestBody CalamityReport report) {
    Map<String, Object> variables = report.toVariables();
    return intake.start(CalamityProcess.Messages.REPORTED, variables, validator.validate(variables, true));
  }
}
