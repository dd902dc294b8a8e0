package org.dostap.data.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the NSI EKATTE register files of {@code tlubenov/bg-ekatte-lib} (ek_atte.json, ek_obst.json,
 * ek_obl.json). Each array holds one metadata record (report date) besides the data: SOURCES.md says it
 * is the first element, in the copied files it is the last one, so it is recognised by its missing key
 * field wherever it is. Codes are kept as strings (leading zeros matter).
 */
final class RawRegister {
    /** A settlement of ek_atte.json; {@code type} is t_v_m (гр., с., ман.). */
    record RegisterSettlement(String id, String type, String name, String nameEn, String province, String municipality) {
        String kind() {
            return switch (type) {
                case "гр." -> "town";
                case "с." -> "village";
                case "ман." -> "monastery";
                default -> throw new IllegalStateException("unknown settlement type '" + type + "' of " + id);
            };
        }
    }

    /** A municipality (ek_obst.json) or province (ek_obl.json) with the EKATTE code of its seat. */
    record RegisterArea(String code, String seatId, String name, String nameEn) { }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RawRegister() { }

    static Map<String, RegisterSettlement> settlements(Path file) throws IOException {
        Map<String, RegisterSettlement> out = new TreeMap<>();
        for (JsonNode n : dataRecords(file, "ekatte")) {
            RegisterSettlement s = new RegisterSettlement(code(n, "ekatte", 5), text(n, "t_v_m"), text(n, "name"),
                    text(n, "name_en"), text(n, "oblast"), text(n, "obshtina"));
            s.kind();
            if (out.put(s.id(), s) != null) throw new IllegalStateException(file + ": duplicate ekatte " + s.id());
        }
        return out;
    }

    static Map<String, RegisterArea> municipalities(Path file) throws IOException {
        return areas(file, "obshtina");
    }

    static Map<String, RegisterArea> provinces(Path file) throws IOException {
        return areas(file, "oblast");
    }

    private static Map<String, RegisterArea> areas(Path file, String keyField) throws IOException {
        Map<String, RegisterArea> out = new TreeMap<>();
        for (JsonNode n : dataRecords(file, keyField)) {
            RegisterArea a = new RegisterArea(text(n, keyField), code(n, "ekatte", 5), text(n, "name"), text(n, "name_en"));
            if (out.put(a.code(), a) != null) throw new IllegalStateException(file + ": duplicate " + keyField + " " + a.code());
        }
        return out;
    }

    /** The array's records that carry {@code keyField}; exactly one record without it (the metadata) is allowed. */
    static List<JsonNode> dataRecords(Path file, String keyField) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        if (!root.isArray()) throw new IllegalStateException(file + ": expected a JSON array");
        List<JsonNode> data = new ArrayList<>();
        int metadata = 0;
        for (JsonNode n : root) {
            if (n.has(keyField)) data.add(n);
            else metadata++;
        }
        if (metadata > 1) throw new IllegalStateException(file + ": " + metadata + " records without '" + keyField + "'");
        return data;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw new IllegalStateException("record without '" + field + "': " + n);
        return v.asText().trim();
    }

    /** A code that must be a JSON string of {@code length} digits (a number would have lost its leading zeros). */
    private static String code(JsonNode n, String field, int length) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || !v.asText().matches("\\d{" + length + "}"))
            throw new IllegalStateException("'" + field + "' is not a " + length + "-digit string in " + n);
        return v.asText();
    }
}
