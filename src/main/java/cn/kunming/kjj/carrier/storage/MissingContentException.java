package cn.kunming.kjj.carrier.storage;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Nothing is stored under a hash that a record names (an I/O failure, as a missing file always was). */
public class MissingContentException extends UncheckedIOException {

    public MissingContentException(String sha256, String location) {
        super(new IOException("no content " + sha256 + " in " + location));
    }
}
