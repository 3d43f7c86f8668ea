package nl.wmotoezicht.webapps;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.NotSignedIn;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The region's municipalities by CBS code and name, so that the webapps show a name where Camunda shows a tenant id
 * (Tasklist's task header, {@code app/tasklist/scripts/wmo/gemeente.js}). Codes and names of Dutch municipalities are
 * public (CBS); any signed-in user may read them.
 */
@RestController
@Tag(name = "Gemeenten")
class MunicipalityNamesController {

  record MunicipalityName(String code, String name) {
  }

  private final Region region;

  MunicipalityNamesController(Region region) {
    this.region = region;
  }

  @Operation(summary = "De gemeenten van de regio: CBS-code en naam")
  @NotSignedIn
  @GetMapping("/api/municipalities")
  List<MunicipalityName> municipalities() {
    return region.municipalities().stream().map(m -> new MunicipalityName(m.code(), m.name())).toList();
  }
}
