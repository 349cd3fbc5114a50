package cn.kunming.kjj.carrier.expertreview;

/** The recommendation at the end of an expert's score sheet. */
public enum ExpertOpinion {
    SUPPORT, OPPOSE;

    public String messageKey() {
        return "expertOpinion." + name();
    }
}
