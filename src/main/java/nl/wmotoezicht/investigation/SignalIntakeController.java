package nl.wmotoezicht.investigation;

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

/** The intake API for signals from the access team, contract managers, the IKZ, other supervisors and citizens' desks. */
@RestController
@RequestMapping("/api/signal-reports")
@Tag(name = "Intake", description = "Meldingen van externe systemen")
class SignalIntakeController {

  private final IntakeStarter intake;
  private final SignalReportValidator validator;

  SignalIntakeController(IntakeStarter intake, SignalReportValidator validator) {
    this.intake = intake;
    this.validator = validator;
  }

  @Operation(summary = "Signaal melden", description = "Start een zaak 'Signaalgestuurd onderzoek'. De referentie van de "
      + "melder maakt het verzoek idempotent: hetzelfde verzoek nogmaals (ook gelijktijdig) start geen tweede zaak.")
  @IntakeAnswers
  @ApiResponse(responseCode = "403", description = "Geen recht om signalen te melden")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> report(@RequestBody SignalReport signal) {
    Map<String, Object> variables = signal.toVariables();
    return intake.start(InvestigationProcess.Messages.SIGNAL_RECEIVED, variables,
        validator.validate(variables, true, false));
  }
}
