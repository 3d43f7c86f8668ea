package nl.wmotoezicht.dwangsom;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * What an objection against a decision of the last onder dwangsom means for the forfeiture ledger, used by the
 * objection process ({@code processes/bezwaar.bpmn}) whether or not the case that made the decision still runs:
 * <ul>
 *   <li>against the last: lodged and decided are verjaring events (art. 5:35 lid 2 Awb); upheld (gegrond) revokes
 *       it, so open forfeitures are withdrawn, their collection cases cancelled and paid ones refunded;</li>
 *   <li>against an invorderingsbeschikking ({@code LOD-…-V2}): upheld withdraws that forfeiture, or refunds it when
 *       it was paid, and cancels its collection case.</li>
 * </ul>
 */
@Component
public class ObjectionEffects {

  static final String REVOKED_REASON = "Besluit herroepen op bezwaar";
  private static final Pattern COLLECTION_CASE = Pattern.compile("(.+)-V(\\d+)");

  private final ForfeitureLedger ledger;
  private final RuntimeService runtime;
  private final VerjaringDelegates verjaring;

  ObjectionEffects(ForfeitureLedger ledger, RuntimeService runtime, VerjaringDelegates verjaring) {
    this.ledger = ledger;
    this.runtime = runtime;
    this.verjaring = verjaring;
  }

  /** An objection against the decision was lodged on {@code on}. */
  public void lodged(String decisionCaseNumber, String decisionKind, LocalDate on) {
    if ("last".equals(decisionKind)) {
      ledger.recordVerjaringEvent(decisionCaseNumber, null, VerjaringEventKind.BEZWAAR_INGEDIEND, on)
          .forEach(verjaring::inform);
    }
  }

  /**
   * The objection was decided on {@code on} with {@code outcome} ({@code gegrond}, {@code deelsGegrond},
   * {@code ongegrond}, {@code nietOntvankelijk}).
   *
   * @return the refunds ordered (paid forfeitures under a revoked decision)
   */
  public List<Refund> decided(String decisionCaseNumber, String decisionKind, String outcome, LocalDate on) {
    List<Refund> refunds = new ArrayList<>();
    if ("last".equals(decisionKind)) {
      ledger.recordVerjaringEvent(decisionCaseNumber, null, VerjaringEventKind.BESLISSING_OP_BEZWAAR, on)
          .forEach(verjaring::inform);
      if ("gegrond".equals(outcome)) {
        ledger.withdrawOpen(decisionCaseNumber, on);
        cancelCollections(decisionCaseNumber);
        refunds.addAll(ledger.orderRefunds(decisionCaseNumber, on, REVOKED_REASON));
      }
    } else if ("invorderingsbeschikking".equals(decisionKind) && "gegrond".equals(outcome)) {
      Optional<Forfeiture> forfeiture = collected(decisionCaseNumber);
      if (forfeiture.isPresent()) {
        Forfeiture f = forfeiture.get();
        if (f.status().isOutstanding()) {
          ledger.withdraw(f.id(), on);
        }
        refunds.addAll(ledger.orderRefunds(f.caseNumber(), on, REVOKED_REASON).stream()
            .filter(r -> r.forfeitureId() == f.id()).toList());
        for (ProcessInstance collection : runtime.createProcessInstanceQuery()
            .processDefinitionKey(DwangsomProcess.INVORDERING_KEY).processInstanceBusinessKey(decisionCaseNumber).list()) {
          runtime.deleteProcessInstance(collection.getId(), REVOKED_REASON);
        }
      }
    }
    return refunds;
  }

  /** The total of the refunds, in euros with two decimals. */
  public static String total(List<Refund> refunds) {
    return Amounts.text(refunds.stream().map(Refund::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
  }

  private Optional<Forfeiture> collected(String collectionCaseNumber) {
    Matcher matcher = COLLECTION_CASE.matcher(collectionCaseNumber);
    return matcher.matches() ? ledger.find(matcher.group(1), Integer.parseInt(matcher.group(2))) : Optional.empty();
  }

  private void cancelCollections(String caseNumber) {
    for (ProcessInstance collection : runtime.createProcessInstanceQuery()
        .processDefinitionKey(DwangsomProcess.INVORDERING_KEY)
        .variableValueEquals(DwangsomProcess.Variables.DWANGSOM_CASE_NUMBER.name(), caseNumber).list()) {
      runtime.deleteProcessInstance(collection.getId(), REVOKED_REASON);
    }
  }
}
