package cn.kunming.kjj.carrier.benchmark;

import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierService;

import java.util.List;

/**
 * What the carrier register asks for one page of its grid: the count and the page, cut by the database.
 * (Before issue 14 the whole scoped register was read and kept in the session.) The register has one order.
 */
final class CarrierGrid {

    private CarrierGrid() {
    }

    static int size(CarrierService carriers, CarrierFilter filter) {
        return carriers.count(filter);
    }

    static List<Carrier> page(CarrierService carriers, CarrierFilter filter, int offset, int limit) {
        carriers.count(filter);
        return carriers.register(filter, offset, limit);
    }
}
