package org.dostap.web.http.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The errors Jetty answers itself, before a request reaches the API (a URL or headers too long, a request line that is
 * not HTTP, a body too large or too slow): the API's JSON body ({@code error}, {@code message}, {@code problems}) instead of Jetty's HTML page.
 */
public final class JsonErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = org.dostap.data.output.JsonOutput.mapper();

    public JsonErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        ErrorJson body = switch (code) {
            case 414 -> ErrorJson.of("too_large", "The address (URL) is too long. Send the request's options in a POST body.");
            case 431 -> ErrorJson.of("too_large", "The request's headers are too large.");
            case 413 -> ErrorJson.tooLarge();
            case 408 -> ErrorJson.tooSlow();
            case 400 -> ErrorJson.of("invalid_input", "The request is not valid HTTP" + (message == null ? "." : ": " + message));
            case 404 -> ErrorJson.of("not_found", "Not found.");
            default -> ErrorJson.of(code >= 500 ? "internal" : "http_" + code, code >= 500 ? "The server could not answer."
                    : "The request was refused (HTTP " + code + ").");
        };
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            bytes = "{\"error\":\"internal\",\"message\":\"error\",\"problems\":[]}".getBytes(StandardCharsets.UTF_8);
        }
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
