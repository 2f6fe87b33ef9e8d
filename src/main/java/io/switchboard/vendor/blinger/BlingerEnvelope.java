package io.switchboard.vendor.blinger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Blinger's wrapper around every answer: {@code {"status": 200, "data": ...}}. The {@code status} repeats the HTTP
 * status, but Blinger may also report a failure here while answering HTTP 200.
 *
 * @param message not documented; read only so that an error can carry a sanitised hint
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record BlingerEnvelope<T>(Integer status, String message, T data) {

    boolean failed() {
        return status != null && (status < 200 || status > 299);
    }
}
