import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Issue 16, P5 outliers: runs the supervisor's filter count (the statement Camunda 7.24 sends for "Taken van mijn
 * groepen" as toezichthouder, with the same bind parameters) N times on ONE connection and prints every execution's
 * time. PostgreSQL plans a server-side prepared statement with its parameters for the first five executions, then may
 * switch to a generic plan that knows no parameter values; pgjdbc makes a statement server-side prepared after
 * {@code prepareThreshold} (5) executions. So with the driver's and the server's defaults the change shows from about
 * the 10th execution on. Usage (JDK + the PostgreSQL driver on the class path):
 * <pre>java -cp postgresql.jar bench/PlanCacheProbe.java jdbc:postgresql://127.0.0.1/db_wmo bench bench 20 "-c jit=off" [prepareThreshold]</pre>
 * The fifth argument is the connection's {@code options} (e.g. {@code -c jit=off -c plan_cache_mode=force_custom_plan}).
 */
public class PlanCacheProbe {

  static final String COUNT = """
      select count(distinct RES.ID_)
      from ACT_RU_TASK RES
      left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
      left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
      left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2
        AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) )
        AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? OR A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) ) ) AUTH
        ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))
      WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) )
        and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )
        and ( RES.TENANT_ID_ is null OR RES.TENANT_ID_ in (%s) )""";

  public static void main(String[] args) throws Exception {
    Properties props = new Properties();
    props.setProperty("user", args[1]);
    props.setProperty("password", args[2]);
    int n = Integer.parseInt(args[3]);
    props.setProperty("options", args.length > 4 ? args[4] : "-c jit=off");
    if (args.length > 5) {
      props.setProperty("prepareThreshold", args[5]);
    }
    try (Connection c = DriverManager.getConnection(args[0], props)) {
      List<String> tenants = new ArrayList<>();
      try (ResultSet r = c.createStatement().executeQuery("select id_ from act_id_tenant order by id_")) {
        while (r.next()) {
          tenants.add(r.getString(1));
        }
      }
      String sql = COUNT.formatted(String.join(", ", tenants.stream().map(t -> "?").toList()));
      try (PreparedStatement s = c.prepareStatement(sql)) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          int p = 1;
          s.setString(p++, "toezichthouder");
          s.setString(p++, "toezichthouders");
          s.setInt(p++, 7);
          s.setInt(p++, 2);
          s.setInt(p++, 2);
          s.setInt(p++, 6);
          s.setInt(p++, 64);
          s.setInt(p++, 64);
          s.setString(p++, "toezichthouders");
          for (String t : tenants) {
            s.setString(p++, t);
          }
          long t0 = System.nanoTime();
          long count;
          try (ResultSet r = s.executeQuery()) {
            r.next();
            count = r.getLong(1);
          }
          out.append(String.format("%d:%.0fms(%d) ", i, (System.nanoTime() - t0) / 1e6, count));
        }
        System.out.println(out.toString().trim());
      }
    }
  }
}
