package cn.kunming.kjj.carrier.common;

import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/**
 * The name a browser (or anyone posting to an upload) sends for a file, made into one that every place which shows,
 * stores or sends it again can take: the name after any folder, without control or invisible formatting characters
 * (CR/LF in a name made the file's download header invalid, so that nobody could open the file again; a right-to-left
 * override disguises an extension), without the characters no Windows file name has (a quote ended the name in the
 * download header early), and at most {@link #MAX_LENGTH} characters with its extension kept (the columns that
 * keep names are that long; a longer name was refused by the database only after the file had been read and stored).
 */
public final class UploadedFileName {

    /** The length of every {@code file_name} column. */
    public static final int MAX_LENGTH = 255;
    private static final int MAX_EXTENSION = 16;
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");
    private static final Pattern NOT_IN_FILE_NAMES = Pattern.compile("[:*?\"<>|]");

    private UploadedFileName() {
    }

    /** The name to keep for what was sent; empty when nothing usable was sent. */
    public static String of(@Nullable String sent) {
        if (sent == null) {
            return "";
        }
        String name = INVISIBLE.matcher(sent).replaceAll("");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = NOT_IN_FILE_NAMES.matcher(name).replaceAll("_").strip();
        return name.length() <= MAX_LENGTH ? name : shortened(name);
    }

    /** The start of the name and its extension, {@link #MAX_LENGTH} characters in all, never half a character. */
    private static String shortened(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot >= 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        String start = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.length();
        if (Character.isHighSurrogate(start.charAt(keep - 1))) {
            keep--;
        }
        return start.substring(0, keep) + extension;
    }
}
