package cn.kunming.kjj.carrier.support;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A GET written on the socket, below Java's HttpClient, which refuses to send a Host header of the caller's. */
public final class RawHttp {

    private RawHttp() {
    }

    /** The whole answer, status line first; {@code hostAndMore} is the Host header's value and any header lines after it. */
    public static String get(int port, String path, String hostAndMore) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + hostAndMore + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
