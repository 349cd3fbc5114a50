package cn.kunming.kjj.carrier.search;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.search.repository.SearchRepository;
import cn.kunming.kjj.carrier.search.repository.SearchText;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The search of the top bar: dossiers, units, carriers and (for the bureau) experts, by name, unified social credit
 * code or number. What the reader may not open, it does not find: the scope comes from the signed-in account.
 */
@Service
public class SearchService {

    public static final int PER_KIND = 20;
    public static final int SHORTEST = 2;
    public static final int LONGEST = 50;

    private final SearchRepository repository;
    private final CurrentUser currentUser;

    SearchService(SearchRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    /** Refused for text shorter than two (save a record's number) or longer than fifty characters. */
    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public SearchResults search(@Nullable String typed) {
        String text = typed == null ? "" : typed.strip();
        boolean number = text.matches("[0-9]{1,18}");
        if (!number && text.length() < SHORTEST || text.length() > LONGEST) {
            throw new PortalException("search.length", SHORTEST, LONGEST);
        }
        PortalUser me = currentUser.require();
        TenantScope scope = me.scope();
        SearchText t = SearchText.of(text);
        return new SearchResults(text, repository.dossiers(scope, t, PER_KIND), repository.units(scope, t, PER_KIND),
                repository.carriers(scope, t, PER_KIND),
                me.role() == Role.BUREAU_OFFICER ? repository.experts(t, PER_KIND) : List.of());
    }
}
