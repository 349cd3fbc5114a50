package cn.kunming.kjj.carrier.tenant;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.tenant.repository.HostUnitRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Host units as each role may see them: the bureau all, a district its own tenant, an applicant its unit. */
@Service
public class HostUnitService {

    private final HostUnitRepository repository;
    private final CurrentUser currentUser;

    HostUnitService(HostUnitRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public List<HostUnit> find(@Nullable String nameOrCode, int offset, int limit) {
        return repository.find(currentUser.scope(), nameOrCode, Math.max(0, offset), Math.clamp(limit, 0, 1000));
    }

    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public int count(@Nullable String nameOrCode) {
        return repository.count(currentUser.scope(), nameOrCode);
    }

    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public Optional<HostUnit> find(UnitId id) {
        return repository.findById(currentUser.scope(), id);
    }
}
