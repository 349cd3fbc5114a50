package cn.kunming.kjj.carrier.publicity;

/**
 * An industry authority's consultation opinion (会商意见) on a proposed list before the bureau issues its document
 * (P4.5: 商相关行业主管部门发文和备案): 同意, 同意并附意见 or 不同意. The last two say why.
 */
public enum ConsultationOpinion {
    AGREE, AGREE_WITH_COMMENTS, DISAGREE;

    /** Whether the opinion must carry its text. */
    public boolean needsText() {
        return this != AGREE;
    }

    public String messageKey() {
        return "consultationOpinion." + name();
    }
}
