package org.dostap.web.report;

import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.web.analysis.Comparison;
import org.dostap.web.analysis.SettlementChange;
import org.locationtech.jts.geom.Envelope;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The map of a scenario's changes (drawn server-side like {@link MapRenderer}): centres added (green square with +),
 * closed (red cross at the old place), moved (grey arrow from the old place); settlements that gain access within the
 * standard (green), lose it (red), or whose time or nearest centre changed without crossing it (blue); the rest small
 * and grey. Legend with the counts, scale bar, attribution.
 */
final class ChangeMapRenderer {
    static final Color GAINED = new Color(0x1a9850), LOST = new Color(0xd73027), CHANGED = new Color(0x4575b4), SAME = new Color(0xb8bec4);

    private ChangeMapRenderer() { }

    static byte[] png(Comparison c, String serviceType, Color serviceColor, ReportText t, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xf4f6f8));
        g.fillRect(0, 0, width, height);
        float unit = width / 1000f;
        RegionData after = c.after().region(), before = c.before().region();
        Envelope env = new Envelope();
        after.province().ifPresent(p -> { if (p.boundary() != null) env.expandToInclude(p.boundary().getEnvelopeInternal()); });
        for (AdminArea m : after.municipalities()) if (m.boundary() != null) env.expandToInclude(m.boundary().getEnvelopeInternal());
        for (Settlement s : after.settlements()) env.expandToInclude(s.location().lon(), s.location().lat());
        MapRenderer.Projector p = new MapRenderer.Projector(env, width, height, Math.round(24 * unit), Math.round(250 * unit));
        for (AdminArea m : after.municipalities()) MapRenderer.fill(g, p, m.boundary(), Color.WHITE);
        for (AdminArea m : after.municipalities())
            MapRenderer.stroke(g, p, m.boundary(), new Color(0x7b8a96), new BasicStroke(0.9f * unit, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                    1, new float[] {4 * unit, 3 * unit}, 0));
        after.province().ifPresent(pr -> MapRenderer.stroke(g, p, pr.boundary(), new Color(0x12344d), new BasicStroke(2.2f * unit)));

        Map<String, SettlementChange> changed = new HashMap<>();
        for (SettlementChange s : c.changed()) if (s.accessChanged()) changed.put(s.settlement().id(), s);
        int gained = 0, lost = 0, other = 0;
        for (Settlement s : after.settlements()) {
            double[] xy = p.xy(s.location().lon(), s.location().lat());
            SettlementChange ch = changed.get(s.id());
            if (ch == null) {
                dot(g, xy, 1.6 * unit, SAME, null, unit);
                continue;
            }
            double r = Math.min(16 * unit, (3 + Math.sqrt(Math.max(0, ch.populationAfter())) / 12.0) * unit);
            Color col = ch.gained() ? GAINED : ch.lost() ? LOST : CHANGED;
            if (ch.gained()) gained++; else if (ch.lost()) lost++; else other++;
            dot(g, xy, r, col, new Color(0x3b3b3b), unit);
        }
        Map<String, Facility> old = new HashMap<>();
        for (Facility f : before.facilitiesOf(serviceType)) old.put(f.id(), f);
        Set<String> now = new HashSet<>();
        int added = 0, closed = 0, moved = 0;
        for (Facility f : after.facilitiesOf(serviceType)) {
            now.add(f.id());
            double[] xy = p.xy(f.location().lon(), f.location().lat());
            Facility was = old.get(f.id());
            if (was != null && !was.location().equals(f.location())) {
                double[] from = p.xy(was.location().lon(), was.location().lat());
                g.setColor(new Color(0x555555));
                g.setStroke(new BasicStroke(1.5f * unit, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {5 * unit, 3 * unit}, 0));
                g.draw(new Line2D.Double(from[0], from[1], xy[0], xy[1]));
                moved++;
            }
            square(g, xy, 6 * unit, was == null ? GAINED : serviceColor, was == null, unit);
            if (was == null) added++;
        }
        for (Facility f : old.values()) {
            if (now.contains(f.id())) continue;
            cross(g, p.xy(f.location().lon(), f.location().lat()), 7 * unit, unit);
            closed++;
        }
        legend(g, t, width, unit, serviceColor, new int[] {added, closed, moved, gained, lost, other}, c.before().query().thresholdSeconds() / 60);
        MapRenderer.scaleBar(g, p, height, unit);
        g.setFont(ReportFonts.regular(11 * unit));
        g.setColor(new Color(0x444444));
        g.drawString(t.get("map.attribution"), width - 250 * unit + 10 * unit, height - 12 * unit);
        g.dispose();
        return MapRenderer.fastPng(img);
    }

    private static void dot(Graphics2D g, double[] xy, double r, Color fill, Color edge, float unit) {
        Ellipse2D e = new Ellipse2D.Double(xy[0] - r, xy[1] - r, 2 * r, 2 * r);
        g.setColor(fill);
        g.fill(e);
        if (edge != null) {
            g.setColor(edge);
            g.setStroke(new BasicStroke(0.6f * unit));
            g.draw(e);
        }
    }

    private static void square(Graphics2D g, double[] xy, double h, Color fill, boolean plus, float unit) {
        Rectangle2D sq = new Rectangle2D.Double(xy[0] - h, xy[1] - h, 2 * h, 2 * h);
        g.setColor(fill);
        g.fill(sq);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1.5f * unit));
        g.draw(sq);
        if (plus) {
            g.draw(new Line2D.Double(xy[0] - h * 0.6, xy[1], xy[0] + h * 0.6, xy[1]));
            g.draw(new Line2D.Double(xy[0], xy[1] - h * 0.6, xy[0], xy[1] + h * 0.6));
        }
    }

    private static void cross(Graphics2D g, double[] xy, double h, float unit) {
        g.setColor(LOST);
        g.setStroke(new BasicStroke(2.4f * unit, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(xy[0] - h, xy[1] - h, xy[0] + h, xy[1] + h));
        g.draw(new Line2D.Double(xy[0] - h, xy[1] + h, xy[0] + h, xy[1] - h));
    }

    private static void legend(Graphics2D g, ReportText t, int width, float unit, Color serviceColor, int[] n, int thresholdMin) {
        float x = width - 250 * unit + 10 * unit, y = 30 * unit;
        double h = g.getDeviceConfiguration().getBounds().getHeight();
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(new Rectangle2D.Double(width - 250 * unit, 0, 250 * unit, h));
        g.setColor(new Color(0x12344d));
        g.setFont(ReportFonts.bold(13 * unit));
        for (String line : t.wrap(t.get("change.legend.title"), 28)) {
            g.drawString(line, x, y);
            y += 17 * unit;
        }
        y += 8 * unit;
        g.setFont(ReportFonts.regular(12 * unit));
        double[] at = {x + 8 * unit, 0};
        String[] labels = {t.get("change.added"), t.get("change.closed"), t.get("change.moved"), t.format("change.gained", thresholdMin),
                t.format("change.lost", thresholdMin), t.get("change.other"), t.get("change.same")};
        for (int i = 0; i < labels.length; i++) {
            at[1] = y;
            switch (i) {
                case 0 -> square(g, at, 6 * unit, GAINED, true, unit);
                case 1 -> cross(g, at, 6 * unit, unit);
                case 2 -> { g.setColor(new Color(0x555555)); g.setStroke(new BasicStroke(1.5f * unit)); g.draw(new Line2D.Double(x, y, x + 16 * unit, y)); }
                case 3 -> dot(g, at, 6 * unit, GAINED, new Color(0x3b3b3b), unit);
                case 4 -> dot(g, at, 6 * unit, LOST, new Color(0x3b3b3b), unit);
                case 5 -> dot(g, at, 6 * unit, CHANGED, new Color(0x3b3b3b), unit);
                default -> dot(g, at, 2 * unit, SAME, null, unit);
            }
            g.setColor(Color.BLACK);
            g.drawString(labels[i] + (i < n.length ? ": " + t.integer(n[i]) : ""), x + 24 * unit, y + 5 * unit);
            y += 24 * unit;
        }
        y += 6 * unit;
        g.setColor(serviceColor);
        square(g, new double[] {x + 8 * unit, y}, 6 * unit, serviceColor, false, unit);
        g.setColor(Color.BLACK);
        g.drawString(t.get("change.kept"), x + 24 * unit, y + 5 * unit);
    }
}
