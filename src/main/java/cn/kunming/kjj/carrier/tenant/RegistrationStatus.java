package cn.kunming.kjj.carrier.tenant;

/** Market-registration status of a unit: 存续 / 注销 / 吊销 (G6.3 acts on the last two). */
public enum RegistrationStatus {
    ACTIVE,
    DEREGISTERED,
    REVOKED;

    public String messageKey() {
        return "registrationStatus." + name();
    }
}
