package org.dostap.web.report;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.analysis.CoverageView;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Smolyan coverage map against a committed rendering (golden-map-SML.png): at most 0.5 % of the pixels may differ
 * by more than 48 in a colour channel (anti-aliasing and font rasterising vary a little between JDKs). To accept a new
 * rendering on purpose: {@code -Ddostap.updateGolden=true}, then look at the file and commit it.
 */
class MapGoldenTest {
    static final String GOLDEN = "golden-map-SML.png";

    @Test
    void smolyanMapMatchesTheCommittedRendering() throws Exception {
        AccessAnalysis analysis = new AccessAnalysis(new BundledRegionStore(), EstimatedTravelTimes.uniform());
        CoverageQuery q = new CoverageQuery("SML", "community-support", 1800, "pop_2017", List.of());
        CoverageView view = analysis.coverage(q);
        BufferedImage got = MapRenderer.render(new MapRenderer.MapInput(view, analysis.catchments(q, List.of(1800)).catchments(),
                new Color(0x1c5d99), "Център за обществена подкрепа (ЦОП)", new ReportText(ReportText.Lang.BG)), 1000, 700);
        if (Boolean.getBoolean("dostap.updateGolden")) {
            Path file = Path.of("src/test/resources/org/dostap/web/report", GOLDEN);
            ImageIO.write(got, "png", file.toFile());
            System.out.println("wrote " + file.toAbsolutePath());
        }
        BufferedImage golden;
        try (InputStream in = MapGoldenTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("committed " + GOLDEN).isNotNull();
            golden = ImageIO.read(in);
        }
        assertThat(got.getWidth()).isEqualTo(golden.getWidth());
        assertThat(got.getHeight()).isEqualTo(golden.getHeight());
        long differing = 0;
        for (int y = 0; y < got.getHeight(); y++)
            for (int x = 0; x < got.getWidth(); x++) if (channelDifference(got.getRGB(x, y), golden.getRGB(x, y)) > 48) differing++;
        assertThat(differing).as("pixels off the golden rendering").isLessThan(got.getWidth() * got.getHeight() / 200);
        // and the map is not blank: the band colours of covered settlements are drawn
        assertThat(count(got, MapRenderer.BAND_COLORS[0].getRGB())).isGreaterThan(50);
    }

    static int channelDifference(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) d = Math.max(d, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        return d;
    }

    private static long count(BufferedImage img, int rgb) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xffffff) == (rgb & 0xffffff)) n++;
        return n;
    }

}
