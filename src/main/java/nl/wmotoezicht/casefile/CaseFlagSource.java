package nl.wmotoezicht.casefile;

import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Facts about a case that staff must notice, contributed by the process module that knows them (e.g. a calamity
 * reported late, art. 3.4 Wmo 2015). Each implementation is a Spring bean; the case status ({@code GET
 * /api/cases/{caseNumber}}) lists the flags of all of them, so the read side never imports a process module.
 */
public interface CaseFlagSource {

  /**
   * The case's flags of this source.
   *
   * @param instance a process instance of the case that the caller may see
   * @return its flags; empty when this source knows none
   */
  List<CaseFlag> flagsOf(HistoricProcessInstance instance);

  /**
   * One flag.
   *
   * @param code a stable code, e.g. {@code teLaatGemeld}
   * @param text what staff must know, in Dutch
   * @param days a number of days the flag is about (e.g. days between event and report), or null
   * @param legalBasis the article it rests on, or null
   */
  record CaseFlag(String code, String text, Integer days, String legalBasis) {
  }
}
