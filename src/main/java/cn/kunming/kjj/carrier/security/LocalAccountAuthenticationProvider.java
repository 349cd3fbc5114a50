package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Local accounts stored in the database (BCrypt). Unknown names, wrong passwords and locked accounts get the same
 * answer after the same work (one BCrypt check each), so that the sign-in page tells nothing about which names
 * exist or are locked; the owner of a locked account is told by notification ({@link AccountLocked}). A guess during
 * the lock is recorded but neither succeeds nor extends the lock.
 *
 * <p>Not a Spring bean of type {@code AuthenticationProvider}: Spring Security would then also put it into the
 * global authentication manager, the parent of the filter chain's, and a refused sign-in would be tried (and
 * counted) twice.
 */
@Component
public class LocalAccountAuthenticationProvider {

    private final AccountRepository accounts;
    private final PasswordCheck passwordCheck;
    private final LoginBookkeeping bookkeeping;
    private final boolean localEnabled;
    private final PasswordService passwords;

    LocalAccountAuthenticationProvider(AccountRepository accounts, PasswordCheck passwordCheck,
                                       LoginBookkeeping bookkeeping, LoginOptions options, PasswordService passwords) {
        this.passwords = passwords;
        this.localEnabled = options.localEnabled();
        this.accounts = accounts;
        this.passwordCheck = passwordCheck;
        this.bookkeeping = bookkeeping;
    }

    /** The provider to register with the filter chain (and only there). */
    public AuthenticationProvider provider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return LocalAccountAuthenticationProvider.this.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!localEnabled) {
            throw new BadCredentialsException("local login is switched off");
        }
        String username = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        var credentials = accounts.findCredentials(username)
                .filter(c -> !AccountRepository.NO_PASSWORD.equals(c.passwordHash()));
        boolean rightPassword = passwordCheck.matches(password, credentials.map(c -> c.passwordHash()).orElse(null));
        if (credentials.isEmpty()) {
            throw new BadCredentialsException("bad credentials");
        }
        Account account = credentials.get().account();
        if (!rightPassword || account.lockedAt(bookkeeping.now())) {
            bookkeeping.failed(account);
            throw new BadCredentialsException("bad credentials");
        }
        if (account.status() != AccountStatus.ACTIVE) {
            throw new DisabledException(account.status().name());
        }
        if (passwords.expired(credentials.get().passwordChangedAt(), bookkeeping.now())) {
            throw new CredentialsExpiredException(account.username());
        }
        if (!bookkeeping.succeeded(account)) {
            throw new BadCredentialsException("bad credentials");
        }
        PortalUser user = new PortalUser(account.id(), account.username(), account.displayName(), account.role(),
                account.tenantId(), account.unitId());
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
    }
}
