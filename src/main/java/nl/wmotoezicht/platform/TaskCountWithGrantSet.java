package nl.wmotoezicht.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Camunda's task count, as it writes it for PostgreSQL, rewritten to read the user's grants once instead of once per
 * task (issue 16, P5: the supervisor's filter list and count; {@code docs/beheer-sizing.md}).
 *
 * <p>With authorization checks on, Camunda 7.24 counts a user's tasks as
 *
 * <pre>
 * SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES ... left join ACT_RE_PROCDEF D on ...
 *   left join (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE [the user's and groups' grants of READ on the task or
 *              READ_TASK on the definition]) AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))
 *   WHERE ... and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) ) ...) countDistinct
 * </pre>
 *
 * PostgreSQL can neither hash nor merge a join on an {@code IN} list of columns, so it probes the authorization table
 * three times for every candidate task (its id, its definition's key, {@code '*'}), and re-reads the same definition
 * and {@code '*'} grants each time: about 10 buffers per task, 87 ms of a supervisor's 140 ms list request at 12,000
 * open tasks, linear in the tasks a user may see ({@code bench/RESULTS.md}, "Wave 5: P5" and "Wave 7").
 *
 * <p>This rewrite moves the grants subquery, unchanged, into a common table expression in front, and replaces the
 * join and its {@code AUTH.RESOURCE_ID_ IS NOT NULL} with the same condition over that set:
 *
 * <pre>
 * WITH WMO_TASK_GRANTS AS NOT MATERIALIZED (SELECT G.RESOURCE_ID_ FROM ([the same grants subquery]) G)
 * SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES ... left join ACT_RE_PROCDEF D on ...
 *   WHERE ... and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (RES.ID_ IN (SELECT RESOURCE_ID_ FROM WMO_TASK_GRANTS)
 *       OR D.KEY_ IN (SELECT RESOURCE_ID_ FROM WMO_TASK_GRANTS) OR EXISTS (... RESOURCE_ID_ = '*')) ) ...) countDistinct
 * </pre>
 *
 * PostgreSQL reads the user's grants once per {@code IN} and looks every task up in a hash table of them ({@code
 * hashed SubPlan}): about 1,000 buffers instead of 123,000 at 12,000 visible tasks, 4,000 instead of 650,000 at 50,000.
 * The expression is inlined, not materialised: each reference is its own scan of the grants (by index for {@code
 * '*'}), which measured faster than one materialised set (19-20 against 28 ms).
 *
 * <p>The list query is not rewritten. Camunda's page of 15 can sort the candidate tasks first and check the grants of
 * the first rows only; with the grants as a set PostgreSQL checks every task before sorting. That was faster at 10,000
 * visible tasks (33 ms against 27-160, depending on the plan Camunda's query got) but 3-5 times slower at 50,000
 * (200-570 ms against 60), so it stays as Camunda writes it ({@code bench/RESULTS.md}, "Wave 7").
 *
 * <p><b>The same tasks are counted.</b> A task row of the original join survives its {@code AUTH.RESOURCE_ID_ IS NOT
 * NULL} exactly when some grant's resource id equals the task's id, its definition's key or {@code '*'}; the rewritten
 * condition says that, grant for grant (a {@code NULL} key or resource id matches nothing in both). The join only
 * multiplied rows, and the statement counts distinct task ids. The grants subquery, its parameters and every other
 * condition (candidate groups, tenants, the filter's criteria) are Camunda's own text, in Camunda's order: the
 * subquery's parameters stay first because nothing before the join has one (checked).
 *
 * <p><b>Only a statement of exactly this shape is rewritten</b>; anything else (another Camunda version's SQL,
 * another database's dialect, a count without authorization check, a second authorization join) is returned empty and
 * runs as Camunda wrote it. The suite on PostgreSQL proves that Camunda 7.24's statement is recognised and counts the
 * same tasks as Camunda's list for every kind of grant ({@code TaskCountsTheSameTasksTest}).
 */
final class TaskCountWithGrantSet {

  /** The name of the grants' table expression; a statement that already contains it is left alone. */
  static final String GRANTS = "WMO_TASK_GRANTS";

  private static final Pattern COUNT_DISTINCT =
      Pattern.compile("^\\s*SELECT\\s+COUNT\\(\\*\\)\\s+FROM\\s*\\(\\s*SELECT\\s+DISTINCT\\s+RES\\.ID_\\s",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DEFINITION_JOIN =
      Pattern.compile("\\sjoin\\s+\\S*ACT_RE_PROCDEF\\s+D\\s+on\\s+RES\\.PROC_DEF_ID_\\s*=\\s*D\\.ID_\\s",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern GRANTS_JOIN =
      Pattern.compile("\\s(?:left|inner)\\s+join\\s*(\\(\\s*SELECT\\s+A\\.\\*\\s+FROM\\s+\\S*ACT_RU_AUTHORIZATION\\s+A\\s)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern GRANTS_ON = Pattern.compile(
      "\\s*AUTH\\s+ON\\s*\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*\\(\\s*RES\\.ID_\\s*,\\s*D\\.KEY_\\s*,\\s*'\\*'\\s*\\)\\s*\\)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern GRANTED =
      Pattern.compile("\\(\\s*AUTH\\.RESOURCE_ID_\\s+IS\\s+NOT\\s+NULL\\s*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_AUTH_ALIAS = Pattern.compile("\\bAUTH\\d*\\.", Pattern.CASE_INSENSITIVE);

  private static final String GRANTED_BY_SET = "(RES.ID_ IN (SELECT RESOURCE_ID_ FROM " + GRANTS + ")"
      + " OR D.KEY_ IN (SELECT RESOURCE_ID_ FROM " + GRANTS + ")"
      + " OR EXISTS (SELECT 1 FROM " + GRANTS + " WHERE RESOURCE_ID_ = '*'))";

  private TaskCountWithGrantSet() {
  }

  /** True if the statement reads authorizations at all: only then is an unrecognised shape worth a warning. */
  static boolean checksAuthorization(String sql) {
    return sql.toUpperCase(Locale.ROOT).contains("ACT_RU_AUTHORIZATION");
  }

  /**
   * The statement with the grants read once, or empty if it is not Camunda's authorized task count in the shape
   * described above.
   */
  static Optional<String> rewrite(String sql) {
    if (!COUNT_DISTINCT.matcher(sql).find() || sql.toUpperCase(Locale.ROOT).contains(GRANTS)) {
      return Optional.empty();
    }
    Matcher join = GRANTS_JOIN.matcher(sql);
    if (!join.find()) {
      return Optional.empty();
    }
    int joinStart = join.start();
    int subqueryStart = join.start(1);
    int subqueryEnd = closingParenthesis(sql, subqueryStart);
    if (subqueryEnd < 0 || join.find(subqueryEnd)) {
      return Optional.empty(); // unbalanced, or a second authorization join
    }
    Matcher on = GRANTS_ON.matcher(sql).region(subqueryEnd + 1, sql.length());
    if (!on.lookingAt()) {
      return Optional.empty();
    }
    int joinEnd = on.end();
    String before = sql.substring(0, joinStart);
    String after = sql.substring(joinEnd);
    if (placeholders(before) > 0 || !DEFINITION_JOIN.matcher(before).find()) {
      return Optional.empty();
    }
    Matcher granted = GRANTED.matcher(after);
    if (!granted.find()) {
      return Optional.empty();
    }
    String rest = after.substring(0, granted.start()) + GRANTED_BY_SET + after.substring(granted.end());
    if (ANY_AUTH_ALIAS.matcher(before).find() || ANY_AUTH_ALIAS.matcher(rest).find()) {
      return Optional.empty(); // AUTH referred to elsewhere: the join is more than this check
    }
    String subquery = sql.substring(subqueryStart, subqueryEnd + 1);
    return Optional.of("WITH " + GRANTS + " AS NOT MATERIALIZED (SELECT G.RESOURCE_ID_ FROM " + subquery + " G) "
        + before + rest);
  }

  /** The index of the parenthesis closing the one at {@code open}, outside string literals; -1 if there is none. */
  private static int closingParenthesis(String sql, int open) {
    int depth = 0;
    boolean quoted = false;
    for (int i = open; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** JDBC parameters ({@code ?}) outside string literals. */
  private static int placeholders(String sql) {
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '?') {
        count++;
      }
    }
    return count;
  }
}
