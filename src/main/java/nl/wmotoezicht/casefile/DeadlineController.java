package nl.wmotoezicht.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deadline overview (Termijnenoverzicht) of Cockpit: the caller's running cases by their next date.
 * Managers see their own municipality's cases; region-wide groups see all.
 */
@RestController
@Tag(name = "Termijnen")
class DeadlineController {

  private final DeadlineService deadlines;

  DeadlineController(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Operation(summary = "Lopende zaken op volgorde van hun eerstvolgende termijn",
      description = "Achterstallige zaken eerst, dan op dagen resterend (Europe/Amsterdam). Per zaak de "
          + "vervaldata van open taken, de timers van het model en de verjaringsdata van openstaande verbeurtes, "
          + "elk met de wettelijke grondslag.")
  @GetMapping("/api/deadlines")
  List<CaseDeadlines> list() {
    return deadlines.runningCases();
  }
}
