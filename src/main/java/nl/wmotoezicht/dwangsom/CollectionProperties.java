package nl.wmotoezicht.dwangsom;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the collection of forfeited dwangsommen ({@code wmo.invordering.*}).
 *
 * @param aanmaningskosten per municipality (CBS code, e.g. {@code GM0917}) the costs charged for an aanmaning
 *                         (art. 4:113 Awb, within the maximum of the Regeling kosten aanmaning); a municipality not
 *                         listed charges none
 */
@ConfigurationProperties("wmo.invordering")
public record CollectionProperties(Map<String, BigDecimal> aanmaningskosten) {

  public CollectionProperties {
    aanmaningskosten = aanmaningskosten == null ? Map.of() : Map.copyOf(aanmaningskosten);
  }
}
