package nl.wmotoezicht.identity;

import java.util.List;
import java.util.Optional;
import nl.wmotoezicht.identity.RegionProperties.Municipality;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.FieldChecks;
import org.springframework.stereotype.Component;

/**
 * The region's municipalities, for code and for model expressions such as
 * {@code ${region.municipalityMail(municipalityCode)}}.
 */
@Component("region")
public class Region {

  private final RegionProperties properties;

  public Region(RegionProperties properties) {
    this.properties = properties;
  }

  public List<Municipality> municipalities() {
    return properties.municipalities();
  }

  public Optional<Municipality> municipality(String code) {
    return properties.municipalities().stream().filter(m -> m.code().equals(code)).findFirst();
  }

  public boolean isMunicipality(String code) {
    return municipality(code).isPresent();
  }

  /** Checks that the input names a municipality of this region ({@code municipalityCode}, required). */
  public void checkMunicipality(FieldChecks checks) {
    checks.text(CaseVariables.MUNICIPALITY_CODE, true, 6).ifPresent(code -> {
      if (!isMunicipality(code)) {
        checks.error(CaseVariables.MUNICIPALITY_CODE, "is geen gemeente van de regio " + name());
      }
    });
  }

  public String name() {
    return properties.name();
  }

  public String municipalityName(String code) {
    return require(code).name();
  }

  /**
   * The name of the municipality with this CBS code, or null when the code is null or not of this region (a decision
   * table that cannot tell): {@code ${region.municipalityNameOrNull(...)}} in an output mapping.
   */
  public String municipalityNameOrNull(String code) {
    return code == null ? null : municipality(code).map(m -> m.name()).orElse(null);
  }

  public String municipalityMail(String code) {
    return require(code).mail();
  }

  public String supervisorMail() {
    return properties.supervisorMail();
  }

  public String igjMail() {
    return properties.igjMail();
  }

  /** The Informatieknooppunt Zorgfraude, to which signals of fraud are passed. */
  public String ikzMail() {
    return properties.ikzMail();
  }

  private Municipality require(String code) {
    return municipality(code)
        .orElseThrow(() -> new IllegalArgumentException("Gemeente " + code + " hoort niet bij de regio"));
  }
}
