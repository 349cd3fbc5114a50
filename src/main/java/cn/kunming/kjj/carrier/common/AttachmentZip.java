package cn.kunming.kjj.carrier.common;


import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Attachments as one zip, written straight to the download entry by entry, each streamed from the store (a call's files can be hundreds of megabytes), with a
 * manifest (清单.csv, UTF-8 with a byte-order mark so that Excel reads the Chinese) naming each file, its dossier
 * and its SHA-256, so that the receiver can check every file.
 */
public final class AttachmentZip {

    public static final String MANIFEST = "清单.csv";

    private AttachmentZip() {
    }

    /**
     * One file: the folder it goes in (one per dossier), its name, what it belongs to, and its content opened on
     * demand (a stream that checks it against its SHA-256 on the way, and throws at its end when it does not match).
     */
    public record Entry(String folder, String fileName, DossierId dossierId, String unit, String dossier,
                        @Nullable String requirement, String sha256, Supplier<InputStream> content) {
    }

    /**
     * Writes the zip, finishes it and closes the target. When an entry fails (damaged content, the store away), the zip
     * is left unfinished — no central directory, no manifest — and the target open, so that the download breaks off
     * and no archive program takes what was sent for a whole zip: closing it then would finish a well-formed zip that
     * silently ends at the damaged file, that file short of its last byte (its deflater goes with the garbage).
     */
    public static void write(List<Entry> entries, OutputStream target) {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        try {
            Set<String> used = new HashSet<>();
            StringBuilder manifest = new StringBuilder("\uFEFF");
            try (CsvWriter csv = new CsvWriter(manifest)) {
                csv.row("文件", "申报材料编号", "申报单位", "拟用名称", "材料要求", "字节数", "SHA-256");
                for (Entry e : entries) {
                    String path = unique(used, safe(e.folder()) + "/" + safe(e.fileName()));
                    zip.putNextEntry(new ZipEntry(path));
                    long size = copy(e, zip);
                    zip.closeEntry();
                    csv.row(path, e.dossierId(), e.unit(), e.dossier(), e.requirement(), size, e.sha256());
                }
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.close();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * One entry streamed into the zip; damaged content breaks the whole download off (the response is under way, so
     * an error is all that can be said), its last byte unwritten.
     */
    private static long copy(Entry e, OutputStream zip) throws IOException {
        try (InputStream in = e.content().get()) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = read(e, in, buffer); n >= 0; n = read(e, in, buffer)) {
                zip.write(buffer, 0, n); // a failure here is the reader's connection, not the file
                total += n;
            }
            return total;
        }
    }

    private static int read(Entry e, InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException damaged) {
            PortalException refusal = new PortalException("attachment.corrupted", e.fileName());
            refusal.initCause(damaged);
            throw refusal;
        }
    }

    /** Path separators and characters Windows refuses become '_'. */
    private static String safe(String name) {
        String s = name == null || name.isBlank() ? "_" : name.strip();
        return s.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }

    private static String unique(Set<String> used, String path) {
        String candidate = path;
        int dot = path.lastIndexOf('.');
        for (int n = 2; !used.add(candidate); n++) {
            candidate = dot > path.lastIndexOf('/') ? path.substring(0, dot) + " (" + n + ")" + path.substring(dot)
                    : path + " (" + n + ")";
        }
        return candidate;
    }
}
