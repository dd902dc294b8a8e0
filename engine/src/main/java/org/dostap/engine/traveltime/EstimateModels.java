package org.dostap.engine.traveltime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The shipped estimate ({@code estimate-model.json} beside this class, written by the bench program
 * {@code org.dostap.bench.routing.EstimateFitBench}) and its JSON form (snake_case, metres, km/h).
 */
public final class EstimateModels {
    /** Resource name of the shipped fit. */
    public static final String RESOURCE = "estimate-model.json";
    private static final ObjectMapper JSON = mapper();
    private static volatile EstimateModel bundled;

    private EstimateModels() { }

    /** The file's layout: a note, then the model's fit and its modes. */
    public record ModelFile(String about, String source, String fittedOn, String method,
                            List<EstimateModel.FittedNetwork> networks, List<ModeEstimate> modes) {
        public EstimateModel model() {
            return new EstimateModel(modes, new EstimateModel.Fit(source, fittedOn, method, networks));
        }

        public static ModelFile of(String about, EstimateModel m) {
            return new ModelFile(about, m.fit().source(), m.fit().fittedOn(), m.fit().method(), m.fit().networks(), m.modes());
        }
    }

    /** The fitted defaults that ship with Dostap. */
    public static EstimateModel bundled() {
        EstimateModel m = bundled;
        if (m == null) {
            try (InputStream in = EstimateModels.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the engine");
                m = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = m;
        }
        return m;
    }

    public static EstimateModel read(InputStream in) throws IOException {
        return JSON.readValue(in, ModelFile.class).model();
    }

    /** Pretty-printed JSON of the model with a note on how it was made. */
    public static String toJson(String about, EstimateModel model) {
        try {
            return JSON.writeValueAsString(ModelFile.of(about, model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectMapper mapper() {
        SimpleModule modes = new SimpleModule();
        modes.addSerializer(TravelMode.class, new JsonSerializer<>() {
            @Override
            public void serialize(TravelMode v, JsonGenerator g, SerializerProvider p) throws IOException { g.writeString(v.label()); }
        });
        modes.addDeserializer(TravelMode.class, new JsonDeserializer<>() {
            @Override
            public TravelMode deserialize(JsonParser p, DeserializationContext c) throws IOException {
                String s = p.getValueAsString();
                return TravelMode.parse(s).orElseThrow(() -> new IOException("unknown travel mode '" + s + "'"));
            }
        });
        return new ObjectMapper().registerModule(modes).setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }
}
