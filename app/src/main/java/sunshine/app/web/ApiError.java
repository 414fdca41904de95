package sunshine.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The API's error body: {@code {"error": "bad_request", "message": "…", "parameter": "q"}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, String parameter) {
}
