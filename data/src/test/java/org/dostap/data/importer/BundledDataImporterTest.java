package org.dostap.data.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BundledDataImporterTest {
    @TempDir Path out;

    @Test
    void buildsTheExpectedSettlementTableFromTinyRawCopies() throws Exception {
        BundledDataImporter.Summary summary = BundledDataImporter.run(raw(), out, "SML", quiet());

        assertThat(summary.settlements()).isEqualTo(5);
        List<String> lines = Files.readAllLines(out.resolve("settlements.csv"));
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("id,name,name_en,kind,municipality,province,lon,lat,pop_2002,pop_2003,pop_2004,"
                + "pop_2005,pop_2006,pop_2007,pop_2008,pop_2009,pop_2010,pop_2011,pop_2012,pop_2013,pop_2014,pop_2015,"
                + "pop_2016,pop_2017,grao_permanent_2020,grao_current_2020,coordinate_source");
        // 00850: the point 24.7167,42.0167 lies 31 km outside Banite; replaced from its land area
        assertThat(lines.get(1)).isEqualTo("00850,Гълъбово,Galabovo,village,SML02,SML,25.073495,41.632463,"
                + "678,665,647,620,581,561,549,522,508,525,515,497,489,476,458,440,441,392,grounds");
        // 36974: two census rows (renamed from Киселичево) merged year by year
        assertThat(lines.get(2)).isEqualTo("36974,Киселчово,Kiselchovo,village,SML31,SML,24.602362,41.525722,"
                + "60,59,57,54,50,46,43,41,39,20,24,23,23,22,19,15,23,15,settlements_loc");
        // 37945: no GRAO row, so empty GRAO cells (never 0)
        assertThat(lines.get(3)).isEqualTo("37945,Кокорово,Kokorovo,village,SML31,SML,24.808291,41.598207,"
                + "29,30,28,27,27,27,27,24,23,24,23,22,20,17,18,15,,,settlements_loc");
        assertThat(lines.get(5)).startsWith("67653,Смолян,Smolyan,town,SML31,SML,24.710126,41.574406,32712,");
    }

    @Test
    void recordsTheFixAndDerivesTheIllustrativeFacilities() throws Exception {
        BundledDataImporter.run(raw(), out, "SML", quiet());

        assertThat(Files.readAllLines(out.resolve("coordinate-fixes.csv"))).containsExactly(
                "id,name,old_lon,old_lat,new_lon,new_lat,why,source",
                "00850,Гълъбово,24.7167,42.0167,25.073495,41.632463,settlements_loc.csv point lies 31.1 km outside its"
                        + " municipality SML02; replaced by the representative point of its land area in grounds.geojson,"
                        + "nikolovdeyan/Bulgaria-geocoding grounds.geojson");
        // SML02 pop_2017 = 440 + 872 = 1,312 -> max(10, ceil(1312/500)=3) = 10
        // SML31 pop_2017 = 15 + 15 + 27,851 = 27,881 -> ceil(27881/500) = 56
        // province 29,193 -> crisis max(8, ceil(2.92)) = 8; rehabilitation max(10, ceil(9.73)) = 10
        assertThat(Files.readAllLines(out.resolve("regions/SML/facilities.csv"))).containsExactly(
                "id,name,service,lon,lat,capacity,municipality,status,illustrative",
                "community-support-SML02,ЦОП Баните,community-support,25.00614,41.616728,10,SML02,existing,true",
                "community-support-SML31,ЦОП Смолян,community-support,24.710126,41.574406,56,SML31,existing,true",
                "crisis-SML,Кризисен център Смолян,crisis,24.710126,41.574406,8,SML31,existing,true",
                "rehabilitation-SML,ЦСРИ Смолян,rehabilitation,24.710126,41.574406,10,SML31,existing,true");
        String municipalities = Files.readString(out.resolve("municipalities.geojson"));
        assertThat(municipalities).startsWith("{\"type\":\"FeatureCollection\",\"features\":[")
                .contains("{\"code\":\"SML02\",\"name_bg\":\"Баните\",\"name_en\":\"Banite\",\"province\":\"SML\",\"seat_id\":\"44402\"}")
                .doesNotContain("crs");
        assertThat(Files.readString(out.resolve("provinces.geojson")))
                .contains("{\"code\":\"SML\",\"name_bg\":\"Смолян\",\"name_en\":\"Smolyan\",\"seat_id\":\"67653\"}");
        assertThat(Files.readAllLines(out.resolve("service-types.csv"))).hasSize(5)
                .contains("crisis,Кризисен център,Crisis Centre,60,true,false,60");
    }

    @Test
    void sameInputGivesByteIdenticalFiles(@TempDir Path second) throws Exception {
        BundledDataImporter.run(raw(), out, "SML", quiet());
        BundledDataImporter.run(raw(), second, "SML", quiet());
        for (String f : List.of("settlements.csv", "municipalities.geojson", "provinces.geojson", "coordinate-fixes.csv",
                "service-types.csv", "regions/SML/facilities.csv")) {
            assertThat(Files.readAllBytes(second.resolve(f))).as(f).isEqualTo(Files.readAllBytes(out.resolve(f)));
        }
    }

    @Test
    void reportsSettlementsOutsideTheirMunicipality() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BundledDataImporter.run(raw(), out, "SML", new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("coordinate fixes: 1")
                .contains("settlements outside their municipality polygon after fixes: 0")
                .contains("settlements_loc.csv: 1 codes not in the current register (ignored)");
    }

    private static Path raw() throws URISyntaxException {
        return Path.of(BundledDataImporterTest.class.getResource("raw").toURI());
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
