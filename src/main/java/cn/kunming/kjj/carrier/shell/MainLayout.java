package cn.kunming.kjj.carrier.shell;

import org.jspecify.annotations.Nullable;

import cn.kunming.kjj.carrier.common.ui.LanguageSwitch;
import cn.kunming.kjj.carrier.common.ui.MenuBadges;
import cn.kunming.kjj.carrier.common.ui.NavbarItems;
import cn.kunming.kjj.carrier.common.ui.PortalI18NProvider;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.tenant.TenantService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.Uses;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The shell around every signed-in view. The navigation lists only the views the role may open: it is
 * built from {@code @Menu} routes filtered by the same access control that guards navigation.
 */
@Layout
@AnonymousAllowed
// the navigation is written as markup (sideNav): these make the browser load its web components
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient CurrentUser currentUser;
    private final transient TenantService tenants;
    private final transient AuthenticationContext authentication;
    private final Scroller navArea = new Scroller();
    private final HorizontalLayout userArea = new HorizontalLayout();

    private final transient List<NavbarItems> navbarItems;
    private final transient List<MenuBadges> badgeSources;
    /** The badges as last counted for this UI, and when (System.nanoTime): navigation reuses them a short while. */
    private transient Map<String, Long> badges = Map.of();
    private long badgesCountedAt;
    private boolean badgesCounted;
    /** The sources' change numbers when last counted: an audited change since then counts again. */
    private long badgesChanges;

    /** How long a UI shows the counts it has before counting again. */
    static final Duration BADGES_KEPT = Duration.ofSeconds(60);
    /** The menu as last listed, and for whom and in which language: it is listed again only when that changes. */
    private transient @Nullable List<MenuEntry> menu;
    private @Nullable String menuFor;

    public MainLayout(CurrentUser currentUser, TenantService tenants, AuthenticationContext authentication,
                      List<NavbarItems> navbarItems, List<MenuBadges> badgeSources) {
        this.navbarItems = navbarItems;
        this.badgeSources = badgeSources;
        this.currentUser = currentUser;
        this.tenants = tenants;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);

        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        // on a phone the bar stays one line: the title shortens, the user menu shows the name only (portal.css)
        title.addClassName("app-title");
        userArea.addClassName("user-area");
        userArea.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), title, userArea);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(title);
        navbar.getStyle().set("padding-right", "var(--lumo-space-m)");
        navbar.addClassName("portal-navbar");
        addToNavbar(navbar);

        Span brand = new Span(getTranslation("app.shortTitle"));
        brand.getStyle().set("font-weight", "600").set("padding", "var(--lumo-space-m)").set("display", "block");
        addToDrawer(brand, navArea);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        navArea.setContent(sideNav(menu(), currentUser.get().isPresent() ? badges() : Map.of()));
        userArea.removeAll();
        currentUser.get().ifPresent(user -> navbarItems.forEach(items -> items.forSignedIn().forEach(userArea::add)));
        currentUser.get().ifPresentOrElse(user -> userArea.add(userMenu(user)),
                () -> userArea.add(new Anchor("login", getTranslation("selfCheck.login"))));
    }

    /**
     * The routes of the menu the user may open. Listing them runs the access check of every menu route (about a third
     * of the CPU of the stress run, decision 0033); the answer changes only with the user or the language, which in a
     * browser means a new page, so a page lists them once.
     */
    List<MenuEntry> menu() {
        String reader = currentUser.get().map(u -> u.username() + "/" + u.role()).orElse("") + "/" + getLocale();
        List<MenuEntry> listed = menu;
        if (listed == null || !reader.equals(menuFor)) {
            listed = MenuConfiguration.getMenuEntries();
            menu = listed;
            menuFor = reader;
        }
        return listed;
    }

    /**
     * The navigation as the side-nav web components in one element: the same markup {@code SideNav} and
     * {@code SideNavItem} write, but one state node in the session instead of three per entry (issue 14: the side nav
     * was half of a list page's session). Items navigate and mark the current page in the browser, as before.
     */
    static Html sideNav(List<MenuEntry> entries, Map<String, Long> waiting) {
        org.jsoup.nodes.Element nav = new org.jsoup.nodes.Element("vaadin-side-nav");
        for (MenuEntry entry : entries) {
            org.jsoup.nodes.Element item = nav.appendElement("vaadin-side-nav-item").attr("path", entry.path());
            if (entry.icon() != null) {
                item.appendElement("vaadin-icon").attr("icon", entry.icon()).attr("slot", "prefix");
            }
            String title = UI.getCurrent().getTranslation(entry.title());
            item.appendText(title);
            Long count = waiting.get(entry.path().replaceFirst("^/", ""));
            if (count != null && count > 0) {
                item.appendElement("span").attr("slot", "suffix").attr("theme", "badge contrast pill small")
                        .addClass("menu-badge")
                        .attr("aria-label", UI.getCurrent().getTranslation("nav.waitingBadge", count))
                        .text(count > 999 ? "999+" : String.valueOf(count));
            }
        }
        Html html = new Html(nav.outerHtml());
        // every reader of a role and language has the same menu: one shared copy of its markup (interned strings are
        // collected when no page holds them) instead of about 5 KB in each session (issue 27)
        html.getElement().setProperty("innerHTML", html.getInnerHtml().intern());
        return html;
    }

    /**
     * The waiting counts behind the menu, counted at most once per {@link #BADGES_KEPT} for this UI, or again after an
     * audited change on this node (the reader's own recommendation among them).
     */
    Map<String, Long> badges() {
        long now = System.nanoTime();
        long changes = badgeSources.stream().mapToLong(MenuBadges::changes).sum();
        if (!badgesCounted || now - badgesCountedAt > BADGES_KEPT.toNanos() || changes != badgesChanges) {
            badgesChanges = changes;
            Map<String, Long> counted = new java.util.HashMap<>();
            badgeSources.forEach(source -> source.waitingByPath().forEach((path, n) -> counted.merge(path, n, Long::sum)));
            badges = Map.copyOf(counted);
            badgesCountedAt = now;
            badgesCounted = true;
        }
        return badges;
    }

    private MenuBar userMenu(PortalUser user) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        String tenantName = tenants.find(user.tenantId())
                .map(t -> t.displayName(PortalI18NProvider.isEnglish(getLocale()))).orElse("");
        Span detail = new Span(" · " + getTranslation(user.role().messageKey())
                + (tenantName.isEmpty() ? "" : " · " + tenantName));
        detail.addClassName("user-detail");
        Span label = new Span(new Span(user.displayName()), detail);
        label.addClassName("user-label");
        SubMenu sub = menu.addItem(label).getSubMenu();
        sub.addItem(getTranslation("menu.chinese"), e -> LanguageSwitch.switchTo(PortalI18NProvider.CHINESE));
        sub.addItem(getTranslation("menu.english"), e -> LanguageSwitch.switchTo(PortalI18NProvider.ENGLISH));
        // a person signed in through the identity provider has no password here to change
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null
                || !(signedIn.getPrincipal() instanceof org.springframework.security.oauth2.core.oidc.user.OidcUser)) {
            sub.addItem(getTranslation("password.changeLink"), e -> getUI().ifPresent(ui -> ui.navigate("password")));
        }
        sub.addItem(getTranslation("menu.logout"), e -> authentication.logout());
        return menu;
    }
}
