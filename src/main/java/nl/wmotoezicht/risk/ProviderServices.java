package nl.wmotoezicht.risk;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The kinds of service each provider delivers in the region (table {@code wmo_provider_service}): clients, start
 * and the latest client-experience score. Works in the caller's transaction.
 */
@Repository
public class ProviderServices {

  private final JdbcTemplate jdbc;

  ProviderServices(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A service kind a provider delivers.
   *
   * @param kvkNumber the provider
   * @param serviceKind one of {@link ServiceKind#ALL}
   * @param clients its clients (indications) of this kind in the region
   * @param activeSince when it started delivering this kind in the region
   * @param clientExperience the latest client-experience score (1-10), or null
   */
  public record ProviderService(String kvkNumber, String serviceKind, int clients, LocalDate activeSince,
      Double clientExperience) {
  }

  public List<ProviderService> of(String kvkNumber) {
    return jdbc.query("SELECT kvk_number, service_kind, clients, active_since, client_experience_score "
        + "FROM wmo_provider_service WHERE kvk_number = ? ORDER BY service_kind", (rs, row) -> map(rs), kvkNumber);
  }

  public List<ProviderService> all() {
    return jdbc.query("SELECT kvk_number, service_kind, clients, active_since, client_experience_score "
        + "FROM wmo_provider_service ORDER BY kvk_number, service_kind", (rs, row) -> map(rs));
  }

  /** Adds the service kind or replaces what is known of it. */
  public void save(ProviderService service) {
    if (!ServiceKind.isKnown(service.serviceKind())) {
      throw new IllegalArgumentException("Onbekende dienstsoort " + service.serviceKind());
    }
    BigDecimal score = service.clientExperience() == null ? null : BigDecimal.valueOf(service.clientExperience());
    int updated = jdbc.update("UPDATE wmo_provider_service SET clients = ?, active_since = ?, "
            + "client_experience_score = ? WHERE kvk_number = ? AND service_kind = ?", service.clients(),
        Date.valueOf(service.activeSince()), score, service.kvkNumber(), service.serviceKind());
    if (updated == 0) {
      jdbc.update("INSERT INTO wmo_provider_service (kvk_number, service_kind, clients, active_since, "
              + "client_experience_score) VALUES (?, ?, ?, ?, ?)", service.kvkNumber(), service.serviceKind(),
          service.clients(), Date.valueOf(service.activeSince()), score);
    }
  }

  private static ProviderService map(java.sql.ResultSet rs) throws java.sql.SQLException {
    BigDecimal score = rs.getBigDecimal("client_experience_score");
    return new ProviderService(rs.getString("kvk_number"), rs.getString("service_kind"), rs.getInt("clients"),
        rs.getDate("active_since").toLocalDate(), score == null ? null : score.doubleValue());
  }
}
