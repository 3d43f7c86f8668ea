package nl.wmotoezicht.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The supervision region this installation serves: its municipalities (one Camunda tenant each)
 * and the addresses processes write to.
 *
 * @param name the region's name, shown in letters
 * @param igjMail the address of the Inspectie Gezondheidszorg en Jeugd for coordination
 * @param supervisorMail the address of the region's supervisors (toezichthouders)
 * @param ikzMail the address of the Informatieknooppunt Zorgfraude, for signals of fraud
 * @param municipalities the municipalities of the region
 */
@ConfigurationProperties("wmo.region")
public record RegionProperties(String name, String igjMail, String supervisorMail, String ikzMail,
    List<Municipality> municipalities) {

  public RegionProperties {
    municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
  }

  /**
   * A municipality of the region.
   *
   * @param code the CBS municipality code (e.g. GM0917), also the Camunda tenant id
   * @param name the municipality's name
   * @param mail the address of its Wmo supervision desk
   */
  public record Municipality(String code, String name, String mail) {
  }
}
