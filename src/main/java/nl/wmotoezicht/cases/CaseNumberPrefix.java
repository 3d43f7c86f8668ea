package nl.wmotoezicht.cases;

import java.util.regex.Pattern;

/**
 * A prefix of case numbers a module issues, e.g. {@code CAL} for calamities (docs/api.md, "Case numbers"), declared as
 * a bean by the module that owns the kind of case, as it declares its {@link StartContracts}. {@link CaseNumbers}
 * issues numbers for the contributed prefixes only, and refuses at start-up a prefix contributed twice.
 *
 * @param prefix two to five capital letters: it names a database sequence, so no other text is accepted
 */
public record CaseNumberPrefix(String prefix) {

  private static final Pattern FORM = Pattern.compile("[A-Z]{2,5}");

  public CaseNumberPrefix {
    if (prefix == null || !FORM.matcher(prefix).matches()) {
      throw new IllegalArgumentException("Zaaknummer-voorvoegsel moet uit 2 tot 5 hoofdletters bestaan: " + prefix);
    }
  }

  public static CaseNumberPrefix of(String prefix) {
    return new CaseNumberPrefix(prefix);
  }
}
