package nl.wmotoezicht.documents;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What every letter of a municipality carries besides the case ({@code wmo.letters.*}, docs/beheer.md): where a
 * bezwaarschrift goes and who signs on behalf of the college, under which mandate.
 *
 * @param municipalities per municipality (CBS code, e.g. {@code GM0917}); a municipality not listed gets letters
 *     without these lines
 */
@ConfigurationProperties("wmo.letters")
public record LetterProperties(Map<String, Municipality> municipalities) {

  public LetterProperties {
    municipalities = municipalities == null ? Map.of() : Map.copyOf(municipalities);
  }

  /**
   * One municipality's letter lines.
   *
   * @param objectionAddress the address for a bezwaarschrift, line by line (art. 6:4 lid 1 Awb: it is lodged with
   *     the body that made the decision), e.g. ["College van burgemeester en wethouders van Heerlen", "Postbus 1",
   *     "6400 AA Heerlen"]
   * @param signatory who signs, e.g. "mr. J. Janssen, teamleider Toezicht Wmo"
   * @param mandate the mandate he signs under, e.g. "Mandaatbesluit Wmo Heerlen 2026, art. 3"
   */
  public record Municipality(List<String> objectionAddress, String signatory, String mandate) {

    public Municipality {
      objectionAddress = objectionAddress == null ? List.of() : List.copyOf(objectionAddress);
    }
  }

  /** The municipality's lines, or none. */
  public Municipality of(String municipalityCode) {
    Municipality found = municipalityCode == null ? null : municipalities.get(municipalityCode);
    return found == null ? new Municipality(List.of(), null, null) : found;
  }
}
