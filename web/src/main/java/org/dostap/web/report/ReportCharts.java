package org.dostap.web.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Map;

/** The report's charts (JFreeChart) as PNG, in the bundled DejaVu font. */
final class ReportCharts {
    static final int WIDTH = 1200, HEIGHT = 700;
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf),
            new Color(0x393b79), new Color(0x637939), new Color(0x8c6d31), new Color(0x843c39), new Color(0x7b4173)};

    private ReportCharts() { }

    /** One bar per municipality: share within the standard (%), with the region's share as a line. */
    static byte[] coverage(Map<String, Double> shareByMunicipality, double regionShare, ReportText t, int thresholdMin) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        shareByMunicipality.forEach((name, share) -> data.addValue(100 * share, t.get("col.share"), name));
        JFreeChart chart = ChartFactory.createBarChart(t.format("chart.coverage.title", thresholdMin), null,
                t.get("chart.coverage.axis"), data, PlotOrientation.VERTICAL, false, false, false);
        theme(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRangeAxis().setRange(0, 100);
        numbers(plot.getRangeAxis(), t);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setSeriesPaint(0, new Color(0x1c5d99));
        ValueMarker m = new ValueMarker(100 * regionShare, new Color(0xd73027), new BasicStroke(3f));
        m.setLabel(t.get("chart.coverage.region") + " " + t.percent(regionShare));
        m.setLabelFont(ReportFonts.regular(20));
        m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(m);
        rotate(plot.getDomainAxis(), shareByMunicipality.size());
        return png(chart);
    }

    /** Residents per travel-time band, bars in the map's band colours. */
    static byte[] bands(List<String> labels, List<Long> people, List<Color> colors, ReportText t) {
        return png(bandsChart(labels, people, colors, t));
    }

    static JFreeChart bandsChart(List<String> labels, List<Long> people, List<Color> colors, ReportText t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) data.addValue(people.get(i), t.get("col.people"), labels.get(i));
        JFreeChart chart = ChartFactory.createBarChart(t.get("chart.bands.title"), null, t.get("chart.bands.axis"), data,
                PlotOrientation.VERTICAL, false, false, false);
        theme(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer r = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) { return colors.get(column); }
        };
        r.setBarPainter(new StandardBarPainter());
        r.setDrawBarOutline(true);
        r.setSeriesOutlinePaint(0, Color.DARK_GRAY);
        plot.setRenderer(r);
        numbers(plot.getRangeAxis(), t);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.5f); // "недостижимо" whole, not "недостижим / о"
        return chart;
    }

    /**
     * Population per municipality by year as an index of the first year (= 100, solid) and the projection from the last
     * year to the horizon (dashed), so that small and large municipalities compare on one scale.
     */
    static byte[] trend(Map<String, double[]> seriesByName, int firstYear, Map<String, Long> projection, int horizonYear, ReportText t) {
        XYSeriesCollection data = new XYSeriesCollection();
        int n = 0;
        for (Map.Entry<String, double[]> e : seriesByName.entrySet()) {
            XYSeries s = new XYSeries(e.getKey());
            double[] v = e.getValue();
            double base = v[0];
            for (int i = 0; i < v.length; i++) if (!Double.isNaN(v[i]) && base > 0) s.add(firstYear + i, 100 * v[i] / base);
            data.addSeries(s);
            n++;
        }
        for (Map.Entry<String, double[]> e : seriesByName.entrySet()) {
            XYSeries s = new XYSeries(e.getKey() + " →", false, true);
            double[] v = e.getValue();
            double base = v[0];
            Long p = projection.get(e.getKey());
            if (base > 0) {
                s.add(firstYear + v.length - 1, 100 * v[v.length - 1] / base);
                if (p != null) s.add(horizonYear, 100 * p / base);
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(t.format("chart.trend.title", horizonYear), null,
                t.get("chart.trend.axis"), data, PlotOrientation.VERTICAL, true, false, false);
        theme(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < n; i++) {
            Color c = PALETTE[i % PALETTE.length];
            r.setSeriesPaint(i, c);
            r.setSeriesStroke(i, new BasicStroke(3f));
            r.setSeriesPaint(n + i, c);
            r.setSeriesStroke(n + i, new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {10, 8}, 0));
            r.setSeriesVisibleInLegend(n + i, false);
        }
        plot.setRenderer(r);
        org.jfree.chart.axis.NumberAxis x = (org.jfree.chart.axis.NumberAxis) plot.getDomainAxis();
        x.setRange(firstYear - 0.5, horizonYear + 0.5);
        x.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        org.jfree.chart.axis.NumberAxis y = (org.jfree.chart.axis.NumberAxis) plot.getRangeAxis();
        y.setAutoRangeIncludesZero(false);
        numbers(y, t);
        return png(chart);
    }

    /**
     * Ticks in the report's number format: JFreeChart's default is the JVM's locale, "90,000" on an English JVM, which a
     * Bulgarian reader takes for ninety (decimal comma); the tables say 90 000.
     */
    private static void numbers(org.jfree.chart.axis.ValueAxis axis, ReportText t) {
        if (axis instanceof org.jfree.chart.axis.NumberAxis n) n.setNumberFormatOverride(t.axisFormat());
    }

    private static void rotate(CategoryAxis axis, int categories) {
        if (categories > 6) axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        axis.setMaximumCategoryLabelLines(2);
    }

    private static void theme(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("dostap");
        theme.setExtraLargeFont(ReportFonts.bold(28));
        theme.setLargeFont(ReportFonts.regular(22));
        theme.setRegularFont(ReportFonts.regular(18));
        theme.setSmallFont(ReportFonts.regular(16));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xdddddd));
        theme.setRangeGridlinePaint(new Color(0xdddddd));
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
    }

    private static byte[] png(JFreeChart chart) {
        return MapRenderer.fastPng(chart.createBufferedImage(WIDTH, HEIGHT));
    }
}
