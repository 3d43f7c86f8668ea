package nl.wmotoezicht.kernel;

import java.util.regex.Pattern;

/**
 * The shapes of identifiers that every input path checks alike: reports, forms submitted over REST,
 * the provider register and the forfeiture ledger.
 */
public final class InputRules {

  /** A KvK number: eight digits. */
  public static final Pattern KVK_NUMBER = Pattern.compile("\\d{8}");
  /** An e-mail address: deliberately loose, the mail server has the last word. */
  public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  /** A CBS municipality code such as GM0917. */
  public static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM\\d{4}");
  /** A phone number: digits, spaces and + ( ) -, loosely. */
  public static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{6,20}");

  private InputRules() {
  }

  public static boolean isKvkNumber(String value) {
    return value != null && KVK_NUMBER.matcher(value).matches();
  }

  public static boolean isEmail(String value) {
    return value != null && EMAIL.matcher(value).matches();
  }
}
