package cn.kunming.kjj.carrier.review;

/** The recommendation at the end of an expert's score sheet. */
public enum ExpertOpinion {
    SUPPORT, OPPOSE;

    public String messageKey() {
        return "expertOpinion." + name();
    }
}
