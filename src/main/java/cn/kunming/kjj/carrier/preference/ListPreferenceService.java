package cn.kunming.kjj.carrier.preference;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.preference.repository.ListPreferenceRepository;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

/**
 * Each signed-in person's columns per list, kept on the server so that they follow the person to another browser or
 * node. Only one's own: the account comes from the signed-in principal, never from an argument. Not audited: a
 * display preference changes no record of the portal (decision 0034).
 */
@Service
public class ListPreferenceService {

    private static final Pattern LIST_KEY = Pattern.compile("[a-z0-9.-]{1,64}");

    private final ListPreferenceRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    ListPreferenceService(ListPreferenceRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The reader's layout of the list; {@link ColumnLayout#NONE} when it never changed it. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public ColumnLayout layout(String listKey) {
        return repository.find(currentUser.require().accountId(), checked(listKey)).orElse(ColumnLayout.NONE);
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void save(String listKey, ColumnLayout layout) {
        repository.save(currentUser.require().accountId(), checked(listKey), layout, LocalDateTime.now(clock));
    }

    private static String checked(String listKey) {
        if (!LIST_KEY.matcher(listKey).matches()) {
            throw new PortalException("preference.listUnknown");
        }
        return listKey;
    }
}
