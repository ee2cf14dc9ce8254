package dev.spanweave.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GatlingReportTest {

  /**
   * The statistics table of the Gatling 3.14.9 report of configuration 7's closed-model phase in
   * round 2 of the run of 2026-12-03 17:48 (columns 6 to 14 cut), whose console's last block had
   * counted home 62,088, notifications 62,261, not found 15,446 and failing 15,439 (155,234 in all).
   */
  private static final String TABLE = """
      <tbody><tr id="ROOT" >
        <td class="total col-1">
          <div class="expandable-container">
            <span id="ROOT" style="margin-left: 0px;" class="expand-button ">&nbsp;</span>
              <a href="index.html" class="withTooltip">
                <span class="table-cell-tooltip" id="parent-stats-table-ROOT" data-toggle="popover" data-placement="right" data-container="body" data-content="">
                  <span onmouseover="isEllipsed('stats-table-ROOT')" id="stats-table-ROOT" class="ellipsed-name">All Requests</span>
                </span>
              </a>
            <span class="value" style="display:none;">0</span>
          </div>
        </td>
        <td class="value total col-2">155250</td>
        <td class="value ok col-3">155250</td>
        <td class="value ko col-4">0</td>
      </tr></tbody>
                                    </table>
                                    <table id="container_statistics_body" class="statistics-in extensible-geant">
                                        <tbody><tr id="req_home-3208415" data-parent="ROOT">
        <td class="total col-1">
          <div class="expandable-container">
            <span id="req_home-3208415" style="margin-left: 0px;" class="expand-button hidden">&nbsp;</span>
              <a href="req_home-3208415.html" class="withTooltip">
                <span class="table-cell-tooltip" id="parent-stats-table-req_home-3208415" data-toggle="popover" data-placement="right" data-container="body" data-content="">
                  <span onmouseover="isEllipsed('stats-table-req_home-3208415')" id="stats-table-req_home-3208415" class="ellipsed-name">home</span>
                </span>
              </a>
            <span class="value" style="display:none;">0</span>
          </div>
        </td>
        <td class="value total col-2">62091</td>
        <td class="value ok col-3">62091</td>
        <td class="value ko col-4">0</td>
      </tr><tr id="req_notifications-1272354024" data-parent="ROOT">
        <td class="total col-1">
          <div class="expandable-container">
            <span id="req_notifications-1272354024" style="margin-left: 0px;" class="expand-button hidden">&nbsp;</span>
              <a href="req_notifications-1272354024.html" class="withTooltip">
                <span class="table-cell-tooltip" id="parent-stats-table-req_notifications-1272354024" data-toggle="popover" data-placement="right" data-container="body" data-content="">
                  <span onmouseover="isEllipsed('stats-table-req_notifications-1272354024')" id="stats-table-req_notifications-1272354024" class="ellipsed-name">notifications</span>
                </span>
              </a>
            <span class="value" style="display:none;">0</span>
          </div>
        </td>
        <td class="value total col-2">62267</td>
        <td class="value ok col-3">62267</td>
        <td class="value ko col-4">0</td>
      </tr><tr id="req_not-found--188109835" data-parent="ROOT">
        <td class="total col-1">
          <div class="expandable-container">
            <span id="req_not-found--188109835" style="margin-left: 0px;" class="expand-button hidden">&nbsp;</span>
              <a href="req_not-found--188109835.html" class="withTooltip">
                <span class="table-cell-tooltip" id="parent-stats-table-req_not-found--188109835" data-toggle="popover" data-placement="right" data-container="body" data-content="">
                  <span onmouseover="isEllipsed('stats-table-req_not-found--188109835')" id="stats-table-req_not-found--188109835" class="ellipsed-name">not found</span>
                </span>
              </a>
            <span class="value" style="display:none;">0</span>
          </div>
        </td>
        <td class="value total col-2">15450</td>
        <td class="value ok col-3">15450</td>
        <td class="value ko col-4">0</td>
      </tr><tr id="req_failing--1086585852" data-parent="ROOT">
        <td class="total col-1">
          <div class="expandable-container">
            <span id="req_failing--1086585852" style="margin-left: 0px;" class="expand-button hidden">&nbsp;</span>
              <a href="req_failing--1086585852.html" class="withTooltip">
                <span class="table-cell-tooltip" id="parent-stats-table-req_failing--1086585852" data-toggle="popover" data-placement="right" data-container="body" data-content="">
                  <span onmouseover="isEllipsed('stats-table-req_failing--1086585852')" id="stats-table-req_failing--1086585852" class="ellipsed-name">failing</span>
                </span>
              </a>
            <span class="value" style="display:none;">0</span>
          </div>
        </td>
        <td class="value total col-2">15442</td>
        <td class="value ok col-3">15442</td>
        <td class="value ko col-4">0</td>
      </tr></tbody>
      """;

  @Test
  void readsEveryRequestOfTheReportPerNameNotTheAllRequestsRow() {
    Map<String, Long> byName = GatlingReport.requestsByName(TABLE);

    assertThat(byName).isEqualTo(Map.of("home", 62091L, "notifications", 62267L,
        "not found", 15450L, "failing", 15442L));
    // the report's own total, which the console's "Global Information" also prints
    assertThat(byName.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(155250);
  }

  @Test
  void aNameWithCharactersHtmlEscapesIsReadAsWritten() {
    String row = TABLE.substring(TABLE.indexOf("<tr id=\"req_home"),
        TABLE.indexOf("<tr id=\"req_notif")).replace(">home<", ">home &amp; &lt;feed&gt;<");

    assertThat(GatlingReport.requestsByName(row)).isEqualTo(Map.of("home & <feed>", 62091L));
  }

  @Test
  void aPageWithoutRequestRowsIsAnErrorNotAnEmptyCount() {
    String rootOnly = TABLE.substring(0, TABLE.indexOf("</table>"));

    assertThatThrownBy(() -> GatlingReport.requestsByName(rootOnly))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no request rows");
  }
}
