package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.wmotoezicht.kernel.FieldChecks;
import nl.wmotoezicht.kernel.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing {@code Task_JudgeThemes}: a judgement with findings for each of the three quality themes (see {@code
 * docs/processen/signaalonderzoek.md}). Derives {@code shortcomings} (a theme does not fully meet the norm) and {@code
 * judgementSummary}, the text that letters, the report and the pyramid use.
 */
@Component("themeJudgementValidator")
class ThemeJudgementValidator implements TaskListener {

  static final Map<String, String> JUDGEMENTS = Map.of(
      "voldoet", "voldoet", "voldoetDeels", "voldoet deels", "voldoetNiet", "voldoet niet");

  @Override
  public void notify(DelegateTask task) {
    Map<String, ProcessVariable<String>[]> themes = themes();
    FieldChecks checks = new FieldChecks(task.getVariables());
    for (ProcessVariable<String>[] theme : themes.values()) {
      checks.oneOf(theme[0], true, Set.copyOf(JUDGEMENTS.keySet()), "moet voldoet, voldoetDeels of voldoetNiet zijn");
      checks.text(theme[1], true, 20_000);
    }
    checks.throwIfAny();
    StringBuilder summary = new StringBuilder();
    boolean shortcomings = false;
    for (Map.Entry<String, ProcessVariable<String>[]> theme : themes.entrySet()) {
      String judgement = theme.getValue()[0].get(task);
      shortcomings |= !"voldoet".equals(judgement);
      summary.append(theme.getKey()).append(": ").append(JUDGEMENTS.get(judgement)).append(". ")
          .append(theme.getValue()[1].get(task).strip()).append('\n');
    }
    SHORTCOMINGS.set(task, shortcomings);
    JUDGEMENT_SUMMARY.set(task, summary.toString().strip());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ProcessVariable<String>[]> themes() {
    Map<String, ProcessVariable<String>[]> themes = new LinkedHashMap<>();
    themes.put("Cliëntgerichtheid", new ProcessVariable[] {THEME_CLIENT_CENTRED, FINDINGS_CLIENT_CENTRED});
    themes.put("Professionaliteit", new ProcessVariable[] {THEME_PROFESSIONALISM, FINDINGS_PROFESSIONALISM});
    themes.put("Veiligheid", new ProcessVariable[] {THEME_SAFETY, FINDINGS_SAFETY});
    return themes;
  }
}
