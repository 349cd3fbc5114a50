package cn.kunming.kjj.carrier.tenant.ui;

import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenantAdminViewTest extends KaribuTest {

    @Test
    void theAdministratorSeesEveryTenantWithItsChineseType() {
        login(Role.ADMIN, null);
        var view = as(TenantAdminView.class, navigate("admin/tenants"));
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(22);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("KMKJJ", "昆明市科学技术局", "市科技局");
    }

    @Test
    void aBureauOfficerCannotOpenTheTenantAdministration() {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(navigate("admin/tenants")).isNotInstanceOf(TenantAdminView.class);
    }
}
