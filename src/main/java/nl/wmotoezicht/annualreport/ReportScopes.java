package nl.wmotoezicht.annualreport;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wmotoezicht.annualreport.AnnualReport.Scope;
import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.risk.PurchasingRegions;
import nl.wmotoezicht.risk.RiskProperties.PurchasingRegion;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whose figures a caller may read. Region-wide supervisors, process owners and administrators read every
 * municipality and purchasing region; managers, college members and contract managers read their own municipality
 * and the purchasing region it buys in; nobody else reads the report before it is published.
 */
@Component
public class ReportScopes {

  static final String MUNICIPALITY = "gemeente";
  static final String PURCHASING_REGION = "inkoopregio";
  static final Set<String> REGION_WIDE = Set.of(Groups.TOEZICHTHOUDERS, Groups.PROCESEIGENAREN,
      Groups.CAMUNDA_ADMIN);
  static final Set<String> MUNICIPAL_READERS = Set.of(Groups.MANAGERS, Groups.COLLEGE, Groups.CONTRACTMANAGERS);

  private final Region region;
  private final PurchasingRegions purchasingRegions;

  ReportScopes(Region region, PurchasingRegions purchasingRegions) {
    this.region = region;
    this.purchasingRegions = purchasingRegions;
  }

  public Optional<Scope> municipality(String code) {
    return region.municipality(code).map(m -> new Scope(MUNICIPALITY, m.code(), m.name(), List.of(m.code())));
  }

  public Optional<Scope> purchasingRegion(String code) {
    return purchasingRegions.find(code).map(ReportScopes::of);
  }

  /** The purchasing region a municipality buys in, if any. */
  public Optional<Scope> purchasingRegionOf(String municipalityCode) {
    return purchasingRegions.of(municipalityCode).map(ReportScopes::of);
  }

  /** Every municipality and purchasing region, for an unrestricted reader. */
  public List<Scope> all() {
    List<Scope> scopes = new java.util.ArrayList<>();
    region.municipalities().forEach(m -> scopes.add(municipality(m.code()).orElseThrow()));
    purchasingRegions.all().forEach(r -> scopes.add(of(r)));
    return scopes;
  }

  /** Whether the caller may read any annual figures at all. */
  public boolean mayReadReports(Authentication caller) {
    return memberOfAny(caller, REGION_WIDE) || memberOfAny(caller, MUNICIPAL_READERS);
  }

  /** Whether the caller may read the scope's figures. */
  public boolean mayRead(Authentication caller, Scope scope) {
    if (memberOfAny(caller, REGION_WIDE)) {
      return true;
    }
    if (!memberOfAny(caller, MUNICIPAL_READERS)) {
      return false;
    }
    Collection<String> tenants = caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
    return scope.municipalities().stream().anyMatch(tenants::contains)
        && (scope.kind().equals(PURCHASING_REGION) || tenants.contains(scope.code()));
  }

  /** The scopes the caller may read: his municipalities and their purchasing regions, or all. */
  public List<Scope> readable(Authentication caller) {
    return all().stream().filter(s -> mayRead(caller, s)).toList();
  }

  private static Scope of(PurchasingRegion r) {
    return new Scope(PURCHASING_REGION, r.code(), r.name(), List.copyOf(r.municipalities()));
  }

  private static boolean memberOfAny(Authentication caller, Set<String> groups) {
    return caller != null && caller.getGroupIds() != null && caller.getGroupIds().stream().anyMatch(groups::contains);
  }
}
