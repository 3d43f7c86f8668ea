package nl.wmotoezicht.casefile;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.wmotoezicht.cases.CaseVisibility;
import nl.wmotoezicht.kernel.CaseVariables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * The story of a case across processes: the case it came from (its {@code originCaseNumber}, e.g. the calamity an
 * enforcement case was handed over from) and the cases it started (those whose {@code originCaseNumber} is this case's
 * number), each with the status of its own process. A case the caller may not see is never described: an origin of
 * another municipality is named by its number only, a started case of another municipality is left out.
 */
@Component
class CaseChain {

  /**
   * A case in the chain.
   *
   * @param caseNumber        its number
   * @param processKey        the process that drew the number, e.g. {@code calamiteit}; null when not visible
   * @param processName       its name in Dutch
   * @param municipalityCode  the municipality (tenant)
   * @param municipalityName  its name
   * @param status            Lopend, Opgeschort, Afgerond or Beëindigd
   * @param state             the engine's state (ACTIVE, COMPLETED, …)
   * @param started           when it started
   * @param ended             when it ended, if it did
   * @param processInstanceId the instance of that process
   * @param visible           whether the caller may see the case (and open its file)
   */
  record CaseLink(String caseNumber, String processKey, String processName, String municipalityCode,
      String municipalityName, String status, String state, Date started, Date ended, String processInstanceId,
      boolean visible) {
  }

  /** The origin (null when the case started on its own) and the cases it started, oldest first. */
  record Chain(CaseLink origin, List<CaseLink> startedCases) {
  }

  private final HistoryService historyService;
  private final IdentityService identityService;
  private final CaseVisibility visibility;

  CaseChain(HistoryService historyService, IdentityService identityService, CaseVisibility visibility) {
    this.historyService = historyService;
    this.identityService = identityService;
    this.visibility = visibility;
  }

  /** The chain of a case the caller may see, with its (visible) instances. */
  Chain of(String caseNumber, List<HistoricProcessInstance> instances) {
    List<String> ids = instances.stream().map(HistoricProcessInstance::getId).toList();
    String origin = visibility.asSystem(() -> historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(ids.toArray(String[]::new)).variableName(CaseVariables.ORIGIN_CASE_NUMBER.name()).list()
        .stream().map(HistoricVariableInstance::getValue).filter(Objects::nonNull).map(Object::toString)
        .filter(o -> !o.isBlank() && !o.equals(caseNumber)).findFirst().orElse(null));
    Set<String> started = visibility.asSystem(() -> {
      List<String> startedIds = historyService.createHistoricVariableInstanceQuery()
          .variableValueEquals(CaseVariables.ORIGIN_CASE_NUMBER.name(), caseNumber).list().stream()
          .map(HistoricVariableInstance::getProcessInstanceId).filter(Objects::nonNull).distinct().toList();
      Set<String> numbers = new LinkedHashSet<>();
      if (!startedIds.isEmpty()) {
        historyService.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(startedIds))
            .orderByProcessInstanceStartTime().asc().orderByProcessInstanceBusinessKey().asc() // the same order always
            .list().stream().map(HistoricProcessInstance::getBusinessKey)
            .filter(k -> k != null && !k.equals(caseNumber)).forEach(numbers::add);
      }
      return numbers;
    });
    Map<String, String> municipalities = new HashMap<>();
    visibility.asSystem(() -> {
      identityService.createTenantQuery().list().forEach(t -> municipalities.put(t.getId(), t.getName()));
      return null;
    });
    CaseLink originLink = origin == null ? null : link(origin, municipalities);
    List<CaseLink> startedLinks = new ArrayList<>();
    for (String number : started) {
      CaseLink link = link(number, municipalities);
      if (link.visible()) {
        startedLinks.add(link);
      }
    }
    return new Chain(originLink, List.copyOf(startedLinks));
  }

  /** The case as the caller may see it: described by its first process, or by its number only. */
  private CaseLink link(String caseNumber, Map<String, String> municipalities) {
    return visibility.find(caseNumber).map(found -> {
      HistoricProcessInstance first = found.instances().get(0);
      return new CaseLink(caseNumber, first.getProcessDefinitionKey(), first.getProcessDefinitionName(),
          found.municipalityCode(), municipalities.get(found.municipalityCode()), CaseStatusLabels.of(first),
          first.getState(), first.getStartTime(), first.getEndTime(), first.getId(), true);
    }).orElseGet(() -> new CaseLink(caseNumber, null, null, null, null, null, null, null, null, null, false));
  }
}
