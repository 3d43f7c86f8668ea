package nl.wmotoezicht.demo;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wmotoezicht.demo.DemoHistoryTrafficFilter.Treatment;
import org.junit.jupiter.api.Test;

/** Which requests the demo's traffic guard refuses, holds or serves while a year's history is made. */
class DemoHistoryTrafficFilterTest {

  @Test
  void theWebappsSignInWaits() {
    assertThat(DemoHistoryTrafficFilter.treatment("/camunda/api/admin/auth/user/default/login/tasklist"))
        .isEqualTo(Treatment.WAIT);
    assertThat(DemoHistoryTrafficFilter.treatment("/camunda/api/admin/auth/user/default")).isEqualTo(Treatment.WAIT);
    assertThat(DemoHistoryTrafficFilter.treatment("/camunda/api/admin/auth/user/default/logout"))
        .isEqualTo(Treatment.WAIT);
  }

  @Test
  void pluginAssetsAndTheEngineNamesAreServed() {
    assertThat(DemoHistoryTrafficFilter.treatment("/camunda/api/cockpit/plugin/cockpit-plugins/static/app/plugin.js"))
        .isEqualTo(Treatment.SERVE);
    assertThat(DemoHistoryTrafficFilter.treatment("/camunda/api/tasklist/plugin/tasklist-plugins/static/app/plugin.css"))
        .isEqualTo(Treatment.SERVE);
    assertThat(DemoHistoryTrafficFilter.treatment("/camunda/api/engine/engine/")).isEqualTo(Treatment.SERVE);
    assertThat(DemoHistoryTrafficFilter.treatment("/camunda/api/engine/engine")).isEqualTo(Treatment.SERVE);
  }

  @Test
  void everythingThatReadsOrWritesTheEngineIsRefused() {
    for (String path : new String[] {"/api/cases", "/api/reports/annual", "/engine-rest/message",
        "/engine-rest/process-definition/count", "/camunda/api/engine/engine/default/task",
        "/camunda/api/engine/engine/default/filter/abc/list", "/camunda/api/cockpit/plugin/base/default/process-instance",
        "/camunda/api/cockpit/plugin/x/static/../../../engine/engine/default/task",
        "/camunda/api/admin/setup/default/user/create"}) {
      assertThat(DemoHistoryTrafficFilter.treatment(path)).as(path).isEqualTo(Treatment.REFUSE);
    }
  }
}
