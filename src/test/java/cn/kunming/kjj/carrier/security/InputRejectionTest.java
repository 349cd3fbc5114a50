package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.UnitRegistration;
import cn.kunming.kjj.carrier.tenant.UnitRegistrationService;
import cn.kunming.kjj.carrier.tenant.UnitType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Input the database refuses, against committed data (no test transaction): a message, and nothing half-written. */
@PortalSpringTest
class InputRejectionTest {

    @Autowired
    UnitRegistrationService registration;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    @Test
    void aRegistrationWhoseLastRowIsRefusedLeavesNoUnitBehindAndSaysWhy() {
        String code = Fixtures.creditCode();
        String username = Fixtures.unique("r");
        int unitsBefore = jdbc.queryForObject("select count(*) from host_unit", Integer.class);
        UnitRegistration overlongName = new UnitRegistration("昆明示范单位", code, UnitType.PARK, new TenantId("530102"),
                null, null, null, null, username, "李".repeat(5_000), null, "Passw0rd!", false, cn.kunming.kjj.carrier.support.SampleFiles.upload("营业执照.pdf", cn.kunming.kjj.carrier.support.SampleFiles.pdf()));
        assertThatThrownBy(() -> registration.register(overlongName, cn.kunming.kjj.carrier.support.Fixtures.unique("client"))).isInstanceOf(PortalException.class)
                .hasMessage("input.refusedByDatabase");
        assertThat(jdbc.queryForObject("select count(*) from host_unit where credit_code = ?", Integer.class, code))
                .as("the unit inserted before the refused account row").isZero();
        assertThat(jdbc.queryForObject("select count(*) from host_unit", Integer.class)).isEqualTo(unitsBefore);
        assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, username))
                .isZero();
    }
}
