package org.dostap.web.http.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.ClassUtil;
import io.javalin.http.Context;
import org.dostap.data.output.JsonOutput;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProblemCollector;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads request bodies. Every problem is named by its field path (e.g. {@code edits[2].lat}) and all are listed at
 * once: malformed JSON, invalid UTF-8, duplicate field names, unknown fields, values of the wrong type, fractions where a
 * whole number is expected, numbers beyond range. Messages speak JSON (text, a whole number, a list), never Java.
 */
public final class JsonBodies {
    /** The longest text accepted in any field (names, ids and the like have shorter limits of their own). */
    public static final int MAX_TEXT = 10_000;
    private final ObjectMapper mapper;

    public JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // 30.5 for a whole number was cut to 30 without a word
        this.mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    }

    /** The API's mapper: the outputs' one convention ({@link JsonOutput}), snake_case field names both ways. */
    public static ObjectMapper defaultMapper() {
        return JsonOutput.mapper();
    }

    /**
     * The body as {@code type}; an empty body gives {@code empty}. Refused (400, every problem named by its field):
     * anything but a JSON object ({@code null}, an array, a number), bytes that are not UTF-8, control characters (NUL
     * and the like) in any text or field name, any text longer than {@link #MAX_TEXT} characters, numbers that are not
     * finite, and every value of the wrong type.
     */
    public <T> T read(Context ctx, Class<T> type, T empty) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes == null || bytes.length == 0) return empty;
        String body = utf8(bytes);
        if (body.isBlank()) return empty;
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
        if (tree == null || !tree.isObject())
            throw PlanningException.invalid(List.of(Problem.atField("body", "the request body must be a JSON object"
                    + " ({...}), got " + (tree == null ? "nothing" : tree.getNodeType().name().toLowerCase(Locale.ROOT)))));
        ProblemCollector problems = new ProblemCollector();
        checkText(tree, "", problems);
        problems.throwIfAny();
        Collecting handler = new Collecting(problems);
        T value = null;
        try {
            value = mapper.readerFor(type).withHandler(handler).readValue(tree);
        } catch (JsonMappingException e) {
            // what no handler sees (a fraction or a number out of range for a whole number): named by its path
            problems.field(path(e.getPath()), describe(e));
        } catch (IOException e) {
            problems.field("body", "the request body could not be read as this endpoint's request");
        }
        problems.throwIfAny();
        return value;
    }

    private static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw PlanningException.invalid(List.of(Problem.atField("body", "the request body is not valid UTF-8 (byte "
                    + (in.position() + 1) + " of " + bytes.length + "); send the text encoded as UTF-8")));
        }
    }

    private static PlanningException notJson(JsonProcessingException e) {
        String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        return PlanningException.invalid(List.of(Problem.atField("body",
                "the request body is not valid JSON for this endpoint" + where + ": " + plain(e.getOriginalMessage()))));
    }

    /** The parser's own words without the names of its Java settings (e.g. {@code `StreamReadConstraints...`}). */
    static String plain(String message) {
        if (message == null) return "unreadable";
        String m = message.replaceAll(",? from `[^`]*`", "")
                .replaceAll(": enable `[^`]*` to allow", " (JSON has no NaN or Infinity; send a number or null)")
                .replaceAll("`[^`]*`", "");
        return m.contains("java.") || m.contains("jackson") ? "unreadable" : m;
    }

    /** A path of Jackson's references as the API names fields: {@code edits[2].lat}. */
    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder field = new StringBuilder();
        for (var ref : refs) {
            if (ref.getFieldName() != null) field.append(field.length() == 0 ? "" : ".").append(ref.getFieldName());
            else if (ref.getIndex() >= 0) field.append('[').append(ref.getIndex()).append(']');
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    /** The field path of the value {@code p} is at (a value that opens an object or list: the field that holds it). */
    private static String path(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        JsonToken t = p.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && context != null) context = context.getParent();
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            else if (c.getCurrentName() != null) parts.push("." + c.getCurrentName());
        }
        String joined = String.join("", parts);
        joined = joined.startsWith(".") ? joined.substring(1) : joined;
        return joined.isEmpty() ? "body" : joined;
    }

    private static String describe(JsonMappingException e) {
        Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m ? m.getTargetType() : null;
        Throwable cause = e.getCause() instanceof InputCoercionException ? e.getCause() : e;
        if (cause instanceof InputCoercionException c) {
            Class<?> t = c.getTargetType();
            return "is out of range for " + kind(t) + range(t);
        }
        if (e instanceof InvalidFormatException f)
            return "must be " + kind(target) + ", got " + shown(f.getValue());
        if (target != null) return "must be " + kind(target);
        return "is not a valid value here";
    }

    private static String range(Class<?> t) {
        if (t == int.class || t == Integer.class) return " (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")";
        if (t == long.class || t == Long.class) return " (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")";
        return "";
    }

    /** What a JSON client must send for a Java type, in JSON's words. */
    static String kind(Class<?> t) {
        if (t == null) return "a value of another type";
        Class<?> w = t.isPrimitive() ? ClassUtil.wrapperType(t) : t;
        if (w == Integer.class || w == Long.class || w == Short.class || w == Byte.class || w == BigInteger.class) return "a whole number";
        if (Number.class.isAssignableFrom(w)) return "a number";
        if (w == Boolean.class) return "true or false";
        if (w == String.class || w == Character.class) return "text";
        if (Collection.class.isAssignableFrom(w) || w.isArray()) return "a list";
        if (JsonNode.class.isAssignableFrom(w)) return "a JSON value";
        if (w.isEnum()) return "one of the listed words";
        return "an object ({...})";
    }

    private static String got(JsonToken t) {
        if (t == null) return "nothing";
        return switch (t) {
            case START_OBJECT, FIELD_NAME -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "another value";
        };
    }

    private static String shown(Object value) {
        String s = value instanceof String str ? "'" + str + "'" : String.valueOf(value);
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    /** Every text and field name of {@code node} (at {@code path}, e.g. {@code edits[2].facilityId}) is checked. */
    private static void checkText(JsonNode node, String path, ProblemCollector problems) {
        String field = path.isEmpty() ? "body" : path;
        if (node.isTextual()) {
            String text = node.textValue();
            int bad = Texts.firstControlCharacter(text);
            if (bad >= 0) problems.field(field, "contains a control character (U+" + String.format("%04X", (int) text.charAt(bad))
                    + ") at position " + (bad + 1) + "; only printable text is accepted");
            if (text.length() > MAX_TEXT) problems.field(field, "is longer than " + MAX_TEXT + " characters (" + text.length() + ")");
        } else if (node.isNumber()) {
            if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue()))
                problems.field(field, "is too large to be a number (" + node.asText() + " is beyond the range of a double)");
            else if (node.isBigDecimal() && !Double.isFinite(((BigDecimal) node.numberValue()).doubleValue()))
                problems.field(field, "is too large to be a number");
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) checkText(node.get(i), path + "[" + i + "]", problems);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String name = e.getKey();
                if (Texts.firstControlCharacter(name) >= 0 || name.length() > 200) {
                    problems.field(field, "a field name contains a control character or is too long");
                    continue;
                }
                checkText(e.getValue(), path.isEmpty() ? name : path + "." + name, problems);
            }
        }
    }

    /** Records each problem Jackson offers to a handler and goes on, so that one answer lists them all. */
    private static final class Collecting extends DeserializationProblemHandler {
        private final ProblemCollector problems;

        Collecting(ProblemCollector problems) { this.problems = problems; }

        private static Object nothing(Class<?> t) {
            return t != null && t.isPrimitive() ? ClassUtil.defaultValue(t) : null;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            String at = path(p);
            String parent = at.equals(propertyName) ? "body" : at.substring(0, at.length() - propertyName.length() - 1);
            var known = deserializer == null ? null : deserializer.getKnownPropertyNames();
            problems.field(at.equals(propertyName) ? "body." + propertyName : at, "unknown field '" + propertyName + "'"
                    + (known == null ? "" : "; known fields" + (parent.equals("body") ? "" : " of " + parent) + ": " + known));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) {
            problems.field(path(ctxt.getParser()), "must be " + kind(targetType) + ", got " + shown(valueToConvert));
            return nothing(targetType);
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                             String failureMsg) {
            problems.field(path(ctxt.getParser()), "must be " + kind(targetType) + ", got " + valueToConvert);
            return nothing(targetType);
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) throws IOException {
            Class<?> raw = targetType == null ? null : targetType.getRawClass();
            problems.field(path(p), "must be " + kind(raw) + ", got " + got(t));
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) p.skipChildren();
            return nothing(raw);
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsts,
                                                JsonParser p, String msg) throws IOException {
            JsonToken t = p.currentToken();
            problems.field(path(p), "must be " + kind(instClass) + ", got " + got(t));
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) p.skipChildren();
            return null;
        }
    }
}
