package nl.wmotoezicht.provider;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InputRules;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.kernel.Problems;
import nl.wmotoezicht.provider.ProviderRegister.Provider;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Who may see what of a provider over REST, and the refusals, shared by the provider register's and the risk
 * analysis's controllers so both answer alike: the caller's groups and municipalities (tenants), whether a provider
 * works in one of them, the KvK-number check and the 403 and 404 problems.
 */
public final class ProviderAccess {

  /** Who may read the register and what rests on it (such as a provider's risk profile). */
  public static final Set<String> READERS = Set.of(Groups.TOEZICHTHOUDERS, Groups.CONTRACTMANAGERS, Groups.COLLEGE,
      Groups.MANAGERS, Groups.PROCESEIGENAREN, Groups.KOPPELINGEN, Groups.CAMUNDA_ADMIN);

  private ProviderAccess() {
  }

  /** Whether the caller is a member of one of the groups. */
  public static boolean memberOfAny(Authentication caller, Set<String> groups) {
    return caller != null && caller.getGroupIds() != null && caller.getGroupIds().stream().anyMatch(groups::contains);
  }

  /** The municipalities (tenants) the caller works for; empty when none. */
  public static Collection<String> tenantsOf(Authentication caller) {
    return caller == null || caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
  }

  /** Whether the provider has a relation to or a location in one of the municipalities. */
  public static boolean worksInAny(ProviderRegister register, Provider provider, Collection<String> municipalities) {
    return register.relations(provider.kvkNumber()).stream().anyMatch(r -> municipalities.contains(r.municipalityCode()))
        || provider.locations().stream().anyMatch(l -> municipalities.contains(l.municipalityCode()));
  }

  /** 400 naming {@code kvkNumber} unless it is a KvK number of 8 digits. */
  public static void requireKvkNumber(String kvkNumber) {
    if (!InputRules.KVK_NUMBER.matcher(kvkNumber).matches()) {
      throw new InvalidInputException(List.of(kvkNumberError()));
    }
  }

  /** The field error of a malformed KvK number, for a check that names every bad field at once. */
  public static FieldError kvkNumberError() {
    return new FieldError("kvkNumber", "moet een KvK-nummer van 8 cijfers zijn");
  }

  /** 404 aanbieder-onbekend. */
  public static ResponseEntity<ProblemDetail> unknown(String kvkNumber) {
    return Problems.answer(HttpStatus.NOT_FOUND, "aanbieder-onbekend", "Aanbieder niet gevonden",
        "Aanbieder met KvK-nummer " + kvkNumber + " staat niet in het register.");
  }
}
