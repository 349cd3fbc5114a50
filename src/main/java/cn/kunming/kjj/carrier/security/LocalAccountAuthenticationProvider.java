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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Local accounts stored in the database (BCrypt). A locked account is refused before its password is
 * checked, so that guessing during the lock neither succeeds nor extends the lock.
 */
@Component
class LocalAccountAuthenticationProvider implements AuthenticationProvider {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginBookkeeping bookkeeping;
    /** Compared against when the username is unknown, so that the answer takes as long as for a known one. */
    private final String unknownUserHash;
    private final boolean localEnabled;
    private final PasswordService passwords;

    LocalAccountAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwordEncoder,
                                       LoginBookkeeping bookkeeping, LoginOptions options, PasswordService passwords) {
        this.passwords = passwords;
        this.localEnabled = options.localEnabled();
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.bookkeeping = bookkeeping;
        this.unknownUserHash = passwordEncoder.encode("unknown-user-timing-guard");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!localEnabled) {
            throw new BadCredentialsException("local login is switched off");
        }
        String username = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        var credentials = accounts.findCredentials(username)
                .filter(c -> !AccountRepository.NO_PASSWORD.equals(c.passwordHash()));
        if (credentials.isEmpty()) {
            passwordEncoder.matches(password, unknownUserHash);
            throw new BadCredentialsException("bad credentials");
        }
        Account account = credentials.get().account();
        if (account.lockedAt(bookkeeping.now())) {
            throw new AccountLockedException(account.lockedUntil());
        }
        if (!passwordEncoder.matches(password, credentials.get().passwordHash())) {
            LocalDateTime lockedUntil = bookkeeping.failed(account);
            if (lockedUntil != null) {
                throw new AccountLockedException(lockedUntil);
            }
            throw new BadCredentialsException("bad credentials");
        }
        if (account.status() != AccountStatus.ACTIVE) {
            throw new DisabledException(account.status().name());
        }
        if (passwords.expired(credentials.get().passwordChangedAt(), bookkeeping.now())) {
            throw new CredentialsExpiredException(account.username());
        }
        bookkeeping.succeeded(account);
        PortalUser user = new PortalUser(account.id(), account.username(), account.displayName(), account.role(),
                account.tenantId(), account.unitId());
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
