package cn.kunming.kjj.carrier.e2e;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SMTP server of the two-node run (.ci/run step 9): both portal nodes send their e-mail here, and every message
 * received is kept as one file ({@code <n>.eml}), so that the cluster tests can count what people would have got —
 * each e-mail of the outbox once. Plain SMTP without authentication or TLS, on the loopback address only; it accepts
 * every message. Started from source by .ci/run: {@code java ClusterMailSink.java <port> <folder>}.
 */
public final class ClusterMailSink {

    private static final AtomicLong RECEIVED = new AtomicLong();

    private ClusterMailSink() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path folder = Files.createDirectories(Path.of(args[1]));
        try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            System.out.println("mail sink listening on 127.0.0.1:" + port + ", keeping messages in " + folder);
            while (true) {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> serve(client, folder));
            }
        }
    }

    private static void serve(Socket client, Path folder) {
        try (client; var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
             OutputStream out = client.getOutputStream()) {
            reply(out, "220 cluster-mail-sink ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 cluster-mail-sink");
                    case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        keep(readMessage(in), folder);
                        reply(out, "250 OK kept");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException e) {
            System.err.println("mail sink: " + e.getMessage());
        }
    }

    /** The message up to the line with a single dot, dot-stuffing removed (RFC 5321 4.5.2). */
    private static byte[] readMessage(BufferedReader in) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            String unstuffed = line.startsWith(".") ? line.substring(1) : line;
            message.writeBytes((unstuffed + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        return message.toByteArray();
    }

    private static void keep(byte[] message, Path folder) throws IOException {
        long n = RECEIVED.incrementAndGet();
        String name = String.format(Locale.ROOT, "%d-%06d", ProcessHandle.current().pid(), n);
        Path partial = folder.resolve(name + ".part");
        Files.write(partial, message);
        // complete files only: a reader never sees half a message
        Files.move(partial, folder.resolve(name + ".eml"), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
