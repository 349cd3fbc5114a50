package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.common.NoticeId;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A correction of an open notice, shown to the public with its reason (更正): the period extended, the contact for
 * objections changed, or both. What it replaced is kept, so the notice's history reads in full.
 */
public record NoticeCorrection(NoticeId noticeId, LocalDate oldEndsOn, LocalDate newEndsOn, String oldContact,
                               String newContact, String reason, String correctedBy, LocalDateTime correctedAt) {

    public boolean extended() {
        return newEndsOn.isAfter(oldEndsOn);
    }

    public boolean contactChanged() {
        return !newContact.equals(oldContact);
    }
}
