package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import nl.wmotoezicht.testsupport.TestDatabase;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, wave 4: the index the app adds to Camunda's tables on PostgreSQL after the engine has created them (an
 * index changes no result; the authorization and tenant tests prove the same rows are visible).
 */
@WmoIntegrationTest
class PostgresPlannerStatisticsTest {

  @Autowired
  DataSource dataSource;

  @Test
  void taskListCountsProbeOnlyTaskAndDefinitionAuthorizations() throws Exception {
    assertThat(indexDefinition("wmo_idx_auth_task_def_resource"))
        .contains("ON public.act_ru_authorization USING btree (resource_id_)")
        .contains("WHERE (resource_type_ = ANY (ARRAY[6, 7]))");
  }

  private String indexDefinition(String name) throws Exception {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
    String definition = TestDatabase.indexDefinition(dataSource, name);
    assertThat(definition).as("index %s exists", name).isNotNull();
    return definition;
  }

}
