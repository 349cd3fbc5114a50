package cn.kunming.kjj.carrier.call;

import cn.kunming.kjj.carrier.common.CarrierKind;

/** An attachment every dossier of the kind must carry under this call. */
public record RequiredAttachment(CarrierKind kind, String code, String name) {
}
