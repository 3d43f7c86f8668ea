package nl.wmotoezicht.webapps;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.wmotoezicht.identity.MunicipalityRights;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.NotSignedIn;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The region's municipalities by CBS code and name, so that the webapps show a name where Camunda shows a tenant id
 * (Tasklist's task header, {@code app/tasklist/scripts/wmo/gemeente.js}) and offer names where a start form asks for
 * a CBS code ({@code app/tasklist/scripts/wmo/gemeentekeuze.js}). Codes and names of Dutch municipalities are public
 * (CBS); any signed-in user may read them.
 */
@RestController
@Tag(name = "Gemeenten")
class MunicipalityNamesController {

  record MunicipalityName(String code, String name) {
  }

  private final Region region;
  private final MunicipalityRights rights;

  MunicipalityNamesController(Region region, MunicipalityRights rights) {
    this.region = region;
    this.rights = rights;
  }

  @Operation(summary = "De gemeenten van de regio: CBS-code en naam")
  @NotSignedIn
  @GetMapping("/api/municipalities")
  List<MunicipalityName> municipalities() {
    return region.municipalities().stream().map(m -> new MunicipalityName(m.code(), m.name())).toList();
  }

  /**
   * The municipalities the caller may start a case for: those whose tenant he is a member of (all of them for
   * region-wide groups and administrators), in the region's order. The choice a start form offers; the process still
   * checks the code it receives ({@link MunicipalityRights}, the start step's validator).
   */
  @Operation(summary = "De gemeenten waarvoor u zaken mag starten: CBS-code en naam")
  @NotSignedIn
  @GetMapping("/api/municipalities/mine")
  List<MunicipalityName> mine() {
    return region.municipalities().stream().filter(m -> rights.mayActFor(m.code()))
        .map(m -> new MunicipalityName(m.code(), m.name())).toList();
  }
}
