package cn.kunming.kjj.carrier.tenant;

/** The business licence scan (营业执照) a unit registered with: its file name and the SHA-256 it is stored under. */
public record Licence(String fileName, String sha256) {
}
