package org.dostap.web.http.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import org.dostap.data.output.JsonOutput;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProblemCollector;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Reads request bodies; malformed JSON or unknown fields become INVALID_INPUT naming the field. */
public final class JsonBodies {
    /** The longest text accepted in any field (names, ids and the like have shorter limits of their own). */
    public static final int MAX_TEXT = 10_000;
    private final ObjectMapper mapper;

    public JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** The API's mapper: the outputs' one convention ({@link JsonOutput}), snake_case field names both ways. */
    public static ObjectMapper defaultMapper() {
        return JsonOutput.mapper();
    }

    /**
     * The body as {@code type}; an empty body gives {@code empty}. Refused (400, every problem named by its field):
     * anything but a JSON object ({@code null}, an array, a number), control characters (NUL and the like) in any
     * text or field name, and any text longer than {@link #MAX_TEXT} characters.
     */
    public <T> T read(Context ctx, Class<T> type, T empty) {
        String body = ctx.body();
        if (body == null || body.isBlank()) return empty;
        try {
            JsonNode tree = mapper.readTree(body);
            if (tree == null || !tree.isObject())
                throw PlanningException.invalid(List.of(new Problem("body", 0, "", "the request body must be a JSON object"
                        + " ({...}), got " + (tree == null ? "nothing" : tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT)))));
            ProblemCollector problems = new ProblemCollector();
            checkText(tree, "", problems);
            problems.throwIfAny();
            return mapper.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw PlanningException.invalid(List.of(new Problem("body", 0, e.getPropertyName(),
                    "unknown field '" + e.getPropertyName() + "'; known fields: " + e.getKnownPropertyIds())));
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            // a value of the wrong type ("abc" for a number): name the field by its path
            if (e.getPath().isEmpty()) throw notJson(e);
            StringBuilder field = new StringBuilder();
            for (var ref : e.getPath()) {
                if (ref.getFieldName() != null) field.append(field.length() == 0 ? "" : ".").append(ref.getFieldName());
                else field.append('[').append(ref.getIndex()).append(']');
            }
            throw PlanningException.invalid(List.of(new Problem("", 0, field.toString(), "not a value of the expected type"
                    + (e.getTargetType() == null ? "" : " (" + e.getTargetType().getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")")
                    + ": " + e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
    }

    private static PlanningException notJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        return PlanningException.invalid(List.of(new Problem("body", 0, "",
                "the request body is not valid JSON for this endpoint" + where + ": " + e.getOriginalMessage())));
    }

    /** Every text and field name of {@code node} (at {@code path}, e.g. {@code edits[2].facilityId}) is checked. */
    private static void checkText(JsonNode node, String path, ProblemCollector problems) {
        if (node.isTextual()) {
            String text = node.textValue();
            String field = path.isEmpty() ? "body" : path;
            int bad = Texts.firstControlCharacter(text);
            if (bad >= 0) problems.add("", 0, field, "contains a control character (U+" + String.format("%04X", (int) text.charAt(bad))
                    + ") at position " + (bad + 1) + "; only printable text is accepted");
            if (text.length() > MAX_TEXT) problems.add("", 0, field, "is longer than " + MAX_TEXT + " characters (" + text.length() + ")");
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) checkText(node.get(i), path + "[" + i + "]", problems);
        } else if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                String name = e.getKey();
                if (Texts.firstControlCharacter(name) >= 0 || name.length() > 200) {
                    problems.add("", 0, path.isEmpty() ? "body" : path, "a field name contains a control character or is too long");
                    continue;
                }
                checkText(e.getValue(), path.isEmpty() ? name : path + "." + name, problems);
            }
        }
    }
}
