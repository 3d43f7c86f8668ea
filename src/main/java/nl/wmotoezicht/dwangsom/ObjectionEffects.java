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
 *       it was paid; its collection case ends itself on the message {@code BezwaarBeslist}.</li>
 *   <li>deels gegrond against the last (art. 7:11 lid 2 Awb: the decision is changed, not revoked): what the decision
 *       on the objection changes ({@link Change}): named forfeitures withdrawn, a lower amount per forfeiture, a lower
 *       maximum; the excess of what was paid is refunded, open amounts are lowered (ledger rows in
 *       {@code wmo_forfeiture_change} and {@code wmo_refund}).</li>
 *   <li>beroep and hoger beroep after the decision on an objection against the last: verjaring events
 *       ({@link #remedy}).</li>
 * </ul>
 */
@Component
public class ObjectionEffects {

  static final String REVOKED_REASON = "Besluit herroepen op bezwaar";
  static final String CHANGED_REASON = "Besluit gewijzigd op bezwaar (deels gegrond)";

  /**
   * What a decision on objection that is partly well-founded changes in the last (all optional).
   *
   * @param withdrawn      sequence numbers of forfeitures withdrawn
   * @param reducedAmount  the lower amount per forfeiture, or null
   * @param reducedMaximum the lower maximum (art. 5:32b Awb), or null: what was forfeited above it is not owed
   */
  public record Change(List<Integer> withdrawn, BigDecimal reducedAmount, BigDecimal reducedMaximum) {

    public static final Change NONE = new Change(List.of(), null, null);

    public Change {
      withdrawn = List.copyOf(withdrawn);
    }

    /** Parses "1, 3" into sequence numbers; refuses anything else with a Dutch message. */
    public static List<Integer> sequenceNumbers(String text) {
      if (text == null || text.isBlank()) {
        return List.of();
      }
      List<Integer> numbers = new ArrayList<>();
      for (String part : text.split("[,; ]+")) {
        if (!part.isBlank()) {
          if (!part.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("'" + part + "' is geen volgnummer van een verbeurte.");
          }
          numbers.add(Integer.parseInt(part));
        }
      }
      return numbers;
    }
  }
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
    return decided(decisionCaseNumber, decisionKind, outcome, Change.NONE, on);
  }

  /** As {@link #decided(String, String, String, LocalDate)}, with what a deels gegrond decision changes. */
  public List<Refund> decided(String decisionCaseNumber, String decisionKind, String outcome, Change change,
      LocalDate on) {
    List<Refund> refunds = new ArrayList<>();
    if ("last".equals(decisionKind)) {
      ledger.recordVerjaringEvent(decisionCaseNumber, null, VerjaringEventKind.BESLISSING_OP_BEZWAAR, on)
          .forEach(verjaring::inform);
      if ("gegrond".equals(outcome)) {
        ledger.withdrawOpen(decisionCaseNumber, on);
        cancelCollections(decisionCaseNumber);
        refunds.addAll(ledger.orderRefunds(decisionCaseNumber, on, REVOKED_REASON));
      } else if ("deelsGegrond".equals(outcome)) {
        refunds.addAll(change(decisionCaseNumber, change, on));
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
        // the collection case itself ends on the message BezwaarBeslist (processes/invorderingDwangsom.bpmn)
      }
    }
    return refunds;
  }

  /**
   * Beroep or hoger beroep lodged or decided after the decision on an objection: a verjaring event when the objection
   * was against the last (art. 5:35 lid 2 Awb); nothing otherwise.
   */
  public void remedy(String decisionCaseNumber, String decisionKind, VerjaringEventKind kind, LocalDate on) {
    if ("last".equals(decisionKind)) {
      ledger.recordVerjaringEvent(decisionCaseNumber, null, kind, on).forEach(verjaring::inform);
    }
  }

  /** Deels gegrond against the last: withdraw, lower, refund the excess paid. */
  private List<Refund> change(String caseNumber, Change change, LocalDate on) {
    List<Refund> refunds = new ArrayList<>();
    for (Forfeiture f : ledger.forCase(caseNumber)) {
      if (change.withdrawn().contains(f.sequenceNo())) {
        withdrawOne(f, on).ifPresent(refunds::add);
      } else if (change.reducedAmount() != null && f.amount().compareTo(change.reducedAmount()) > 0
          && f.status() != ForfeitureStatus.WITHDRAWN && f.status() != ForfeitureStatus.LAPSED) {
        ledger.lowerAmount(f.id(), change.reducedAmount(), on, CHANGED_REASON).ifPresent(refunds::add);
        informAmount(ledger.find(f.id()).orElseThrow());
      }
    }
    if (change.reducedMaximum() != null) {
      BigDecimal total = BigDecimal.ZERO;
      for (Forfeiture f : ledger.forCase(caseNumber)) {
        if (f.status() == ForfeitureStatus.WITHDRAWN || f.status() == ForfeitureStatus.LAPSED) {
          continue;
        }
        BigDecimal room = change.reducedMaximum().subtract(total).max(BigDecimal.ZERO);
        if (room.signum() == 0) {
          withdrawOne(f, on).ifPresent(refunds::add);
        } else if (f.amount().compareTo(room) > 0) {
          ledger.lowerAmount(f.id(), room, on, CHANGED_REASON).ifPresent(refunds::add);
          informAmount(ledger.find(f.id()).orElseThrow());
          total = total.add(room);
        } else {
          total = total.add(f.amount());
        }
      }
    }
    return refunds;
  }

  /** One forfeiture is no longer owed: withdrawn and its collection case cancelled, or refunded when it was paid. */
  private Optional<Refund> withdrawOne(Forfeiture f, LocalDate on) {
    if (f.status().isOutstanding()) {
      ledger.withdraw(f.id(), on);
      String reference = f.caseNumber() + "-V" + f.sequenceNo();
      for (ProcessInstance collection : runtime.createProcessInstanceQuery()
          .processDefinitionKey(DwangsomProcess.INVORDERING_KEY).processInstanceBusinessKey(reference).list()) {
        runtime.deleteProcessInstance(collection.getId(), CHANGED_REASON);
      }
      return Optional.empty();
    }
    if (f.status() == ForfeitureStatus.PAID) {
      return ledger.orderRefund(f.id(), f.amount(), on, CHANGED_REASON);
    }
    return Optional.empty();
  }

  /** The collection case of a lowered open forfeiture collects the new amount. */
  private void informAmount(Forfeiture f) {
    ProcessInstance collection = runtime.createProcessInstanceQuery()
        .processDefinitionKey(DwangsomProcess.INVORDERING_KEY)
        .processInstanceBusinessKey(f.caseNumber() + "-V" + f.sequenceNo()).singleResult();
    if (collection != null) {
      runtime.setVariable(collection.getId(), DwangsomProcess.Variables.FORFEITURE_AMOUNT.name(),
          Amounts.text(f.amount()));
    }
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
