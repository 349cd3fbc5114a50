package cn.kunming.kjj.carrier.dossier;

/** A reserve project (C2.4a, C3.5a). */
public record ReserveProject(String name, String field, String stage) {
}
