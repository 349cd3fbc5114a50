package cn.kunming.kjj.carrier.storage;

import java.io.IOException;

/** Stored bytes whose SHA-256 is not the one they are stored under: damaged in storage or in transit. */
public class CorruptContentException extends IOException {

    private final String sha256;

    public CorruptContentException(String sha256, String actual) {
        super("content stored as " + sha256 + " has the SHA-256 " + actual);
        this.sha256 = sha256;
    }

    public String sha256() {
        return sha256;
    }
}
