package org.dostap.web.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's numbers read as the coverage figures and the tables do, in charts too. */
class ReportNumbersTest {
    static final ReportText BG = new ReportText(ReportText.Lang.BG), EN = new ReportText(ReportText.Lang.EN);

    /**
     * Smolyan's p90 to a Community Support Centre is 1095 s = 18.25 min: summary.json, the workbook and the API say 18.3
     * (half up), the report said 18,2 (DecimalFormat's half even).
     */
    @Test
    void decimalsRoundHalfUpAsTheCoverageFiguresDo() {
        assertThat(BG.decimal(1095 / 60.0, 1)).isEqualTo("18,3");
        assertThat(EN.decimal(18.25, 1)).isEqualTo("18.3");
        assertThat(BG.decimal(0.15, 1)).isEqualTo("0,2");    // the binary value is below 0.15; its decimal form is not
        assertThat(BG.decimal(0.4075, 3)).isEqualTo("0,408");
        assertThat(BG.percent(0.0625)).isEqualTo("6,3 %");
        assertThat(BG.decimal(-0.01, 1)).isEqualTo("0,0");  // no "-0,0"
        assertThat(BG.decimal(107282.5, 0)).isEqualTo("107 283");
    }

    /** The bands chart's axis said "90,000" people (JFreeChart's English default): ninety, to a Bulgarian reader. */
    @Test
    void chartAxesUseTheReportsNumberFormat() {
        JFreeChart chart = ReportCharts.bandsChart(List.of("0–15 мин", "недостижимо"), List.of(89_829L, 0L),
                List.of(Color.GREEN, Color.GRAY), BG);
        NumberAxis y = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        assertThat(y.getNumberFormatOverride()).isNotNull();
        assertThat(y.getNumberFormatOverride().format(90_000)).isEqualTo("90 000");
        assertThat(y.getNumberFormatOverride().format(2.5)).isEqualTo("2,5");
        JFreeChart en = ReportCharts.bandsChart(List.of("0–15 min"), List.of(89_829L), List.of(Color.GREEN), EN);
        assertThat(((NumberAxis) en.getCategoryPlot().getRangeAxis()).getNumberFormatOverride().format(2.5)).isEqualTo("2.5");
    }
}
