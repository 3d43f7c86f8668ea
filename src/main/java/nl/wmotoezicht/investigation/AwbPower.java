package nl.wmotoezicht.investigation;

import java.util.Arrays;
import java.util.Optional;

/** The powers a Wmo supervisor uses in an investigation, with their legal basis (art. 6.1 Wmo 2015, titel 5.2 Awb). */
enum AwbPower {

  ENTER_PREMISES("awb-5:15", "art. 5:15 Awb", "betreden van plaatsen"),
  REQUEST_INFORMATION("awb-5:16", "art. 5:16 Awb", "vorderen van inlichtingen"),
  INSPECT_RECORDS("awb-5:17", "art. 5:17 Awb", "inzage in zakelijke gegevens en bescheiden"),
  CLIENT_FILES("wmo-6.1-lid2", "art. 6.1 lid 2 Wmo 2015", "inzage in cliëntdossiers");

  private final String code;
  private final String article;
  private final String description;

  AwbPower(String code, String article, String description) {
    this.code = code;
    this.article = article;
    this.description = description;
  }

  static Optional<AwbPower> byCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }

  String code() {
    return code;
  }

  /** The legal basis as a letter cites it, e.g. "art. 5:16 Awb (vorderen van inlichtingen)". */
  String legalBasis() {
    return article + " (" + description + ")";
  }
}
