package cn.kunming.kjj.carrier.volume.repository;

import cn.kunming.kjj.carrier.common.UnitId;

/** The generated host units, by their position: id, tenant and name (dossiers and carriers are drawn from them). */
record VolumeUnits(UnitId[] ids, String[] tenants, String[] names) {

    VolumeUnits(int count) {
        this(new UnitId[count], new String[count], new String[count]);
    }
}
