package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 16, P5: which task counts {@link TaskCountWithGrantSet} rewrites, and into what. That the rewritten count counts
 * the same tasks as Camunda's, and that Camunda 7.24's own statement is recognised, is proved on the engine by {@link
 * TaskCountsTheSameTasksTest}.
 */
class TaskCountWithGrantSetTest {

  /** The grants subquery as Camunda 7.24 writes it (MyBatis keeps the mapping's line breaks and indentation). */
  private static final String GRANTS = """
      (
          SELECT A.*
          FROM ACT_RU_AUTHORIZATION A
          WHERE A.TYPE_ < 2
          AND ( A.USER_ID_ in ( ?, '*')
            OR A.GROUP_ID_ IN ( ? , ? )
          )
          AND (
            ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? OR A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? )
          )
          )""";

  private static final String COUNT = """
      SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_
          from ACT_RU_TASK RES
          left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
          left join
            ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
          left join
          """ + GRANTS + """
       AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))
          WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) )
          and (
            (RES.CASE_EXECUTION_ID_ IS NOT NULL)
            OR
            (AUTH.RESOURCE_ID_ IS NOT NULL)
          )
          and ( RES.TENANT_ID_ is null or RES.TENANT_ID_ in ( ? , ? ) )
      ) countDistinct""";

  @Test
  void theGrantsAreReadOnceAndTheCheckIsTheSameConditionOverThem() {
    String rewritten = TaskCountWithGrantSet.rewrite(COUNT).orElseThrow();

    assertThat(rewritten).startsWith("WITH WMO_TASK_GRANTS AS NOT MATERIALIZED (SELECT G.RESOURCE_ID_ FROM " + GRANTS
        + " G) SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_");
    assertThat(rewritten).doesNotContain("AUTH ON").doesNotContain("AUTH.");
    assertThat(rewritten).contains("(RES.CASE_EXECUTION_ID_ IS NOT NULL)\n      OR\n      (RES.ID_ IN (SELECT "
        + "RESOURCE_ID_ FROM WMO_TASK_GRANTS) OR D.KEY_ IN (SELECT RESOURCE_ID_ FROM WMO_TASK_GRANTS) OR EXISTS (SELECT 1 "
        + "FROM WMO_TASK_GRANTS WHERE RESOURCE_ID_ = '*'))");
    assertThat(rewritten).contains("left join\n      ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_")
        .contains("and ( RES.TENANT_ID_ is null or RES.TENANT_ID_ in ( ? , ? ) )\n) countDistinct");
  }

  @Test
  void theParametersKeepTheirOrder() {
    String rewritten = TaskCountWithGrantSet.rewrite(COUNT).orElseThrow();

    assertThat(rewritten.chars().filter(c -> c == '?').count()).isEqualTo(COUNT.chars().filter(c -> c == '?').count());
    // the subquery's nine come first in both, then the candidate group, then the two tenants
    assertThat(placeholderContexts(rewritten)).isEqualTo(placeholderContexts(COUNT));
  }

  @Test
  void aCountWithoutAnInnerOrLeftGrantsJoinIsLeftAlone() {
    assertThat(TaskCountWithGrantSet.rewrite("SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES "
        + "WHERE RES.NAME_ = ?) countDistinct")).isEmpty();
    assertThat(TaskCountWithGrantSet.checksAuthorization("SELECT COUNT(*) FROM ACT_RU_TASK RES")).isFalse();
    assertThat(TaskCountWithGrantSet.checksAuthorization(COUNT)).isTrue();
  }

  @Test
  void anInnerGrantsJoinIsRewrittenToo() {
    String inner = COUNT.replace("left join\n(", "inner join\n(")
        .replace("(RES.CASE_EXECUTION_ID_ IS NOT NULL)\n      OR\n", "");
    assertThat(inner).contains("inner join\n(").doesNotContain("CASE_EXECUTION_ID_");

    assertThat(TaskCountWithGrantSet.rewrite(inner)).hasValueSatisfying(sql ->
        assertThat(sql.replaceAll("\\s+", " ")).doesNotContain("AUTH.").doesNotContain("inner join (")
            .contains("and ( (RES.ID_ IN (SELECT RESOURCE_ID_ FROM WMO_TASK_GRANTS) OR D.KEY_"));
  }

  @Test
  void otherShapesRunAsCamundaWroteThem() {
    // a list, not a count: it checks only a page's tasks and keeps Camunda's plan
    assertThat(TaskCountWithGrantSet.rewrite(COUNT.replace("SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_",
        "select distinct RES.ID_, RES.NAME_"))).isEmpty();
    // a parameter before the join: moving the subquery to the front would reorder the parameters
    assertThat(TaskCountWithGrantSet.rewrite(COUNT.replace("I.TASK_ID_ = RES.ID_", "I.TASK_ID_ = RES.ID_ and I.TYPE_ = ?")))
        .isEmpty();
    // AUTH used elsewhere (a second check, a column) or a second authorization join
    assertThat(TaskCountWithGrantSet.rewrite(COUNT.replace("countDistinct", "countDistinct WHERE AUTH.PERMS_ > 0")))
        .isEmpty();
    assertThat(TaskCountWithGrantSet.rewrite(COUNT.replace("(AUTH.RESOURCE_ID_ IS NOT NULL)",
        "(AUTH.RESOURCE_ID_ IS NOT NULL) AND AUTH1.RESOURCE_ID_ IS NOT NULL"))).isEmpty();
    assertThat(TaskCountWithGrantSet.rewrite(COUNT.replace(" AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))",
        " AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' )) left join " + GRANTS
            + " AUTH1 ON (AUTH1.RESOURCE_ID_ IN ( RES.ID_ , '*' ))"))).isEmpty();
    // another join condition (another Camunda version or dialect), no definition join, no check in the WHERE clause
    assertThat(TaskCountWithGrantSet.rewrite(COUNT.replace("IN ( RES.ID_ , D.KEY_ , '*' )", "= RES.ID_"))).isEmpty();
    assertThat(TaskCountWithGrantSet.rewrite(COUNT.replace("ACT_RE_PROCDEF D on", "ACT_RE_PROCDEF D2 on"))).isEmpty();
    assertThat(TaskCountWithGrantSet.rewrite(COUNT.replace("(AUTH.RESOURCE_ID_ IS NOT NULL)", "(1 = 1)"))).isEmpty();
    // already rewritten
    assertThat(TaskCountWithGrantSet.rewrite(TaskCountWithGrantSet.rewrite(COUNT).orElseThrow())).isEmpty();
  }

  @Test
  void parenthesesAndQuestionMarksInsideLiteralsDoNotCount() {
    String literal = COUNT.replace("A.TYPE_ < 2", "A.TYPE_ < 2 AND A.RESOURCE_ID_ <> ')?('");
    assertThat(TaskCountWithGrantSet.rewrite(literal)).hasValueSatisfying(sql ->
        assertThat(sql).contains("A.RESOURCE_ID_ <> ')?('"));
    assertThat(TaskCountWithGrantSet.rewrite(COUNT.replace("left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_",
        "left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ and I.TYPE_ <> '?'"))).isPresent();
  }

  /** The 20 characters before each parameter, with whitespace collapsed: what each one stands for. */
  private static java.util.List<String> placeholderContexts(String sql) {
    String flat = sql.replaceAll("\\s+", " ");
    java.util.List<String> contexts = new java.util.ArrayList<>();
    for (int i = flat.indexOf('?'); i >= 0; i = flat.indexOf('?', i + 1)) {
      contexts.add(flat.substring(Math.max(0, i - 20), i));
    }
    return contexts;
  }
}
