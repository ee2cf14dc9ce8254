package dev.spanweave.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GatlingConsoleTest {

  /**
   * The end of a Gatling 3.14.9 run's console (a load run's phase), a KO added, and its last
   * periodic block printed before the last 8 responses were recorded, as happens now and then.
   */
  private static final String CONSOLE = """
      Simulation dev.spanweave.load.ClosedModelSimulation started...

      ================================================================================
      2026-12-03 16:26:20 GMT                                               5s elapsed
      ---- Requests ----------------------------------------|---Total---|-----OK----|----KO----
      > Global                                              |     9,100 |     9,100 |         0
      > not found                                           |       897 |       897 |         0
      > home                                                |     3,639 |     3,639 |         0

      ---- closed model ---------------------------------------------------------------
                active:        16  / done:     9,100
      ================================================================================

      ================================================================================
      2026-12-03 16:26:20 GMT                                               5s elapsed
      ---- Requests ----------------------------------------|---Total---|-----OK----|----KO----
      > Global                                              |     9,108 |     9,105 |         3
      > not found                                           |       899 |       899 |         0
      > failing                                             |       905 |       902 |         3
      > home                                                |     3,639 |     3,639 |         0
      > notifications                                       |     3,665 |     3,665 |         0

      ---- closed model ---------------------------------------------------------------
                active:         0  / done:     9,108
      ================================================================================

      Generating reports...

      ================================================================================
      ---- Global Information ------------------------------|---Total---|-----OK----|----KO----
      > request count                                       |     9,116 |     9,113 |         3
      > min response time (ms)                              |         0 |         0 |         -
      > max response time (ms)                              |       219 |       219 |         -
      > response time 50th percentile (ms)                  |         5 |         5 |         -
      > response time 95th percentile (ms)                  |        17 |        18 |         -
      > response time 99th percentile (ms)                  |        68 |        68 |         -
      > response time 99.9th percentile (ms)                |     1,205 |       205 |         -
      > mean throughput (rps)                               |   1,823.2 |   1,823.2 |         -
      ---- Response Time Distribution --------------------------------------------------
      > OK: t < 800 ms                                                     9,113   (100%)
      > KO                                                                     3     (0%)
      ================================================================================
      """;

  @Test
  void readsTheGlobalInformationNotThePeriodicBlocks() {
    GatlingConsole figures = GatlingConsole.parse(CONSOLE.lines().toList());
    assertThat(figures.requests()).isEqualTo(9116);
    assertThat(figures.ok()).isEqualTo(9113);
    assertThat(figures.ko()).isEqualTo(3);
    assertThat(figures.p50()).isEqualTo(5);
    assertThat(figures.p95()).isEqualTo(17);
    assertThat(figures.p99()).isEqualTo(68);
    assertThat(figures.p999()).isEqualTo(1205);
  }

  @Test
  void aRunThatPrintedNoSummaryIsAnErrorNotZeros() {
    List<String> cut = CONSOLE.lines().takeWhile(line -> !line.contains("Global Information"))
        .toList();
    assertThatThrownBy(() -> GatlingConsole.parse(cut))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request count");
  }
}
