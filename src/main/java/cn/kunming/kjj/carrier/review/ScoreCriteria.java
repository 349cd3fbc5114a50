package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.CarrierKind;

import java.util.List;

/**
 * The scoring criteria of each kind of carrier, which the yearly-report evaluation scores by too. A narrow interface
 * at the feature's root: other features use it, never the feature's repositories.
 */
public interface ScoreCriteria {

    List<Criterion> criteria(CarrierKind kind);
}
