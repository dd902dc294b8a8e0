package org.dostap.web.report;

import org.dostap.engine.catchment.Catchment;
import org.dostap.engine.coverage.ServiceAccess;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.Settlement;
import org.dostap.web.analysis.CoverageView;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws the coverage map server-side (Java2D over JTS geometries, lon/lat in an equirectangular projection scaled by
 * cos(latitude)): municipality and province boundaries, catchments of the chosen threshold, settlements coloured by
 * travel-time band (the web map's colours) and sized by population, rings on settlements beyond the threshold, the
 * centres, a legend, a scale bar and the attribution. Same input, same pixels.
 */
final class MapRenderer {
    static final Color[] BAND_COLORS = {new Color(0x1a9850), new Color(0x91cf60), new Color(0xfee08b), new Color(0xfc8d59), new Color(0xd73027)};
    static final int[] BAND_MAX_MIN = {15, 30, 45, 60};
    static final Color NO_TIME = new Color(0x8c8c8c);
    static final Color UNCOVERED_RING = new Color(0x7a0019);

    /** What to draw: the view (edited region, coverage), the catchments of its threshold, the labels. */
    record MapInput(CoverageView view, List<Catchment> catchments, Color serviceColor, String serviceName, ReportText text) { }

    private MapRenderer() { }

    static byte[] png(MapInput in, int width, int height) {
        return fastPng(render(in, width, height));
    }

    /** PNG with light compression: several times faster to write than ImageIO's default, a little larger. */
    static byte[] fastPng(BufferedImage img) {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.7f);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             javax.imageio.stream.ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new javax.imageio.IIOImage(img, null, null), param);
            ios.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    static BufferedImage render(MapInput in, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(new Color(0xf4f6f8));
        g.fillRect(0, 0, width, height);
        float unit = width / 1000f;   // sizes are given for a 1000 px wide map

        var region = in.view().region();
        Envelope env = new Envelope();
        region.province().ifPresent(p -> { if (p.boundary() != null) env.expandToInclude(p.boundary().getEnvelopeInternal()); });
        if (region.province().isEmpty())
            for (AdminArea m : region.municipalities()) if (m.boundary() != null) env.expandToInclude(m.boundary().getEnvelopeInternal());
        for (Settlement s : region.settlements()) env.expandToInclude(s.location().lon(), s.location().lat());
        Projector p = new Projector(env, width, height, Math.round(24 * unit), Math.round(250 * unit));

        for (AdminArea m : region.municipalities()) fill(g, p, m.boundary(), Color.WHITE);
        Color fill = new Color(in.serviceColor().getRed(), in.serviceColor().getGreen(), in.serviceColor().getBlue(), 45);
        Color edge = new Color(in.serviceColor().getRed(), in.serviceColor().getGreen(), in.serviceColor().getBlue(), 150);
        g.setClip(0, 0, width - Math.round(250 * unit), height); // catchments reaching past the region stop at the legend
        for (Catchment c : in.catchments()) {
            fill(g, p, c.polygon(), fill);
            stroke(g, p, c.polygon(), edge, new BasicStroke(1f * unit));
        }
        g.setClip(null);
        for (AdminArea m : region.municipalities())
            stroke(g, p, m.boundary(), new Color(0x7b8a96), new BasicStroke(0.9f * unit, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                    1, new float[] {4 * unit, 3 * unit}, 0));
        region.province().ifPresent(pr -> stroke(g, p, pr.boundary(), new Color(0x12344d), new BasicStroke(2.2f * unit)));

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < region.settlements().size(); i++) order.add(i);
        order.sort(Comparator.comparingInt((Integer i) -> -population(in, i)));   // small ones on top
        for (int i : order) {
            Settlement s = region.settlements().get(i);
            ServiceAccess a = in.view().access(i);
            double r = (2 + Math.sqrt(Math.max(0, population(in, i))) / 14.0) * unit;
            r = Math.min(r, 16 * unit);
            double[] xy = p.xy(s.location().lon(), s.location().lat());
            Ellipse2D dot = new Ellipse2D.Double(xy[0] - r, xy[1] - r, 2 * r, 2 * r);
            boolean connected = in.view().settlement(i).connected();
            g.setColor(connected ? bandColor(a.travelTimeSeconds()) : Color.WHITE);
            g.fill(dot);
            g.setColor(new Color(0x3b3b3b));
            g.setStroke(new BasicStroke(0.6f * unit));
            g.draw(dot);
            if (!a.covered()) {
                double rr = r + 2.5 * unit;
                g.setColor(UNCOVERED_RING);
                g.setStroke(new BasicStroke(1.6f * unit));
                g.draw(new Ellipse2D.Double(xy[0] - rr, xy[1] - rr, 2 * rr, 2 * rr));
            }
        }
        for (Facility f : region.facilitiesOf(in.view().query().serviceType())) {
            double[] xy = p.xy(f.location().lon(), f.location().lat());
            double h = 6 * unit;
            Rectangle2D sq = new Rectangle2D.Double(xy[0] - h, xy[1] - h, 2 * h, 2 * h);
            g.setColor(in.serviceColor());
            g.fill(sq);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1.5f * unit));
            g.draw(sq);
        }
        legend(g, in, width, unit);
        scaleBar(g, p, height, unit);
        g.setFont(ReportFonts.regular(11 * unit));
        g.setColor(new Color(0x444444));
        String attribution = in.text().get("map.attribution");
        g.drawString(attribution, width - 250 * unit + 10 * unit, height - 12 * unit);
        g.dispose();
        return img;
    }

    private static int population(MapInput in, int i) { return in.view().settlement(i).population(); }

    static Color bandColor(Integer seconds) {
        if (seconds == null) return NO_TIME;
        for (int b = 0; b < BAND_MAX_MIN.length; b++) if (seconds <= BAND_MAX_MIN[b] * 60) return BAND_COLORS[b];
        return BAND_COLORS[BAND_COLORS.length - 1];
    }

    private static void legend(Graphics2D g, MapInput in, int width, float unit) {
        float x = width - 250 * unit + 10 * unit, y = 30 * unit;
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(new Rectangle2D.Double(width - 250 * unit, 0, 250 * unit, g.getDeviceConfiguration().getBounds().getHeight()));
        g.setColor(new Color(0xc8d0d8));
        g.setStroke(new BasicStroke(1f * unit));
        g.draw(new java.awt.geom.Line2D.Double(width - 250 * unit, 0, width - 250 * unit, g.getDeviceConfiguration().getBounds().getHeight()));
        ReportText t = in.text();
        g.setColor(new Color(0x12344d));
        g.setFont(ReportFonts.bold(13 * unit));
        for (String line : t.wrap(t.format("map.legend.title", in.serviceName()), 28)) {
            g.drawString(line, x, y);
            y += 17 * unit;
        }
        y += 6 * unit;
        g.setFont(ReportFonts.regular(12 * unit));
        String[] labels = {"0–15", "15–30", "30–45", "45–60", "> 60"};
        for (int b = 0; b < labels.length; b++) {
            swatch(g, x, y, unit, BAND_COLORS[b]);
            g.setColor(Color.BLACK);
            g.drawString(labels[b] + " " + t.get("unit.min"), x + 24 * unit, y + 5 * unit);
            y += 22 * unit;
        }
        swatch(g, x, y, unit, NO_TIME);
        g.setColor(Color.BLACK);
        g.drawString(t.get("map.legend.none"), x + 24 * unit, y + 5 * unit);
        y += 22 * unit;
        swatch(g, x, y, unit, Color.WHITE);
        g.setColor(Color.BLACK);
        g.drawString(t.get("map.legend.notConnected"), x + 24 * unit, y + 5 * unit);
        y += 26 * unit;
        g.setColor(UNCOVERED_RING);
        g.setStroke(new BasicStroke(1.6f * unit));
        g.draw(new Ellipse2D.Double(x + 1 * unit, y - 7 * unit, 14 * unit, 14 * unit));
        g.setColor(Color.BLACK);
        g.drawString(t.format("map.legend.uncovered", in.view().query().thresholdSeconds() / 60), x + 24 * unit, y + 5 * unit);
        y += 24 * unit;
        g.setColor(in.serviceColor());
        g.fill(new Rectangle2D.Double(x + 2 * unit, y - 6 * unit, 12 * unit, 12 * unit));
        g.setColor(Color.BLACK);
        g.drawString(t.get("map.legend.centre"), x + 24 * unit, y + 5 * unit);
        y += 22 * unit;
        g.setColor(new Color(in.serviceColor().getRed(), in.serviceColor().getGreen(), in.serviceColor().getBlue(), 70));
        g.fill(new Rectangle2D.Double(x + 1 * unit, y - 7 * unit, 14 * unit, 14 * unit));
        g.setColor(Color.BLACK);
        g.drawString(t.format("map.legend.catchment", in.view().query().thresholdSeconds() / 60), x + 24 * unit, y + 5 * unit);
        y += 22 * unit;
        g.setColor(new Color(0x7b8a96));
        g.setStroke(new BasicStroke(1f * unit, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {4 * unit, 3 * unit}, 0));
        g.drawLine(Math.round(x), Math.round(y), Math.round(x + 16 * unit), Math.round(y));
        g.setColor(Color.BLACK);
        g.drawString(t.get("map.legend.municipality"), x + 24 * unit, y + 5 * unit);
        y += 30 * unit;
        g.setFont(ReportFonts.regular(10.5f * unit));
        g.setColor(new Color(0x555555));
        for (String line : t.wrap(t.get("map.legend.size"), 36)) {
            g.drawString(line, x, y);
            y += 14 * unit;
        }
        if (in.view().result().provenance().facilitiesIllustrative()) {
            y += 6 * unit;
            g.setColor(new Color(0x8a4b00));
            for (String line : t.wrap(t.get("caveat.illustrative.short"), 36)) {
                g.drawString(line, x, y);
                y += 14 * unit;
            }
        }
        if ("estimated".equals(in.view().result().provenance().travelTimeSource())) {
            y += 6 * unit;
            g.setColor(new Color(0x8a4b00));
            for (String line : t.wrap(t.get("caveat.estimated.short"), 36)) {
                g.drawString(line, x, y);
                y += 14 * unit;
            }
        }
    }

    private static void swatch(Graphics2D g, float x, float y, float unit, Color c) {
        Ellipse2D e = new Ellipse2D.Double(x + 1 * unit, y - 7 * unit, 14 * unit, 14 * unit);
        g.setColor(c);
        g.fill(e);
        g.setColor(new Color(0x3b3b3b));
        g.setStroke(new BasicStroke(0.8f * unit));
        g.draw(e);
    }

    static void scaleBar(Graphics2D g, Projector p, int height, float unit) {
        double metresPerPx = p.metresPerPixel();
        double target = 160 * unit * metresPerPx;
        double[] nice = {1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000};
        double km = nice[0];
        for (double n : nice) if (n <= target) km = n;
        double px = km / metresPerPx;
        float x = 24 * unit, y = height - 24 * unit;
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(x - 6 * unit, y - 22 * unit, px + 12 * unit, 30 * unit));
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f * unit));
        g.drawLine(Math.round(x), Math.round(y), Math.round((float) (x + px)), Math.round(y));
        g.drawLine(Math.round(x), Math.round(y - 5 * unit), Math.round(x), Math.round(y + 3 * unit));
        g.drawLine(Math.round((float) (x + px)), Math.round(y - 5 * unit), Math.round((float) (x + px)), Math.round(y + 3 * unit));
        g.setFont(ReportFonts.regular(11 * unit));
        g.drawString(Math.round(km / 1000) + " km", x, y - 8 * unit);
    }

    static void fill(Graphics2D g, Projector p, Geometry geom, Color c) {
        if (geom == null || geom.isEmpty()) return;
        g.setColor(c);
        g.fill(p.path(geom));
    }

    static void stroke(Graphics2D g, Projector p, Geometry geom, Color c, BasicStroke s) {
        if (geom == null || geom.isEmpty()) return;
        g.setColor(c);
        g.setStroke(s);
        g.draw(p.path(geom));
    }

    /** lon/lat to pixels: equirectangular, x scaled by cos(mid latitude), fitted into the map area left of the legend. */
    static final class Projector {
        private static final double METRES_PER_DEGREE = 111_320;
        private final double minLon, maxLat, k, scale, offX, offY;

        Projector(Envelope env, int width, int height, int margin, int legendWidth) {
            double midLat = (env.getMinY() + env.getMaxY()) / 2;
            k = Math.cos(Math.toRadians(midLat));
            double w = Math.max(1e-6, env.getWidth() * k), h = Math.max(1e-6, env.getHeight());
            double availW = width - legendWidth - 2.0 * margin, availH = height - 2.0 * margin;
            scale = Math.min(availW / w, availH / h);
            minLon = env.getMinX();
            maxLat = env.getMaxY();
            offX = margin + (availW - w * scale) / 2;
            offY = margin + (availH - h * scale) / 2;
        }

        double[] xy(double lon, double lat) { return new double[] {offX + (lon - minLon) * k * scale, offY + (maxLat - lat) * scale}; }

        double metresPerPixel() { return METRES_PER_DEGREE / scale; }

        Path2D path(Geometry geom) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                Geometry part = geom.getGeometryN(i);
                if (part instanceof Polygon poly) {
                    ring(path, poly.getExteriorRing().getCoordinates());
                    for (int h = 0; h < poly.getNumInteriorRing(); h++) ring(path, poly.getInteriorRingN(h).getCoordinates());
                } else {
                    ring(path, part.getCoordinates());
                }
            }
            return path;
        }

        private void ring(Path2D.Double path, Coordinate[] cs) {
            for (int j = 0; j < cs.length; j++) {
                double[] xy = xy(cs[j].x, cs[j].y);
                if (j == 0) path.moveTo(xy[0], xy[1]);
                else path.lineTo(xy[0], xy[1]);
            }
        }
    }
}
