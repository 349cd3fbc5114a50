package cn.kunming.kjj.carrier.volume.repository;

import java.time.LocalDateTime;

/** A generated call, as its dossiers and carriers date themselves by it. */
record VolumeCall(long id, int year, LocalDateTime opens, LocalDateTime closes) {
}
