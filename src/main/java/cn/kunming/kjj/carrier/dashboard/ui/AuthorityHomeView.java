package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.annualreport.AuthorityReport;
import cn.kunming.kjj.carrier.annualreport.EvaluationRemarkService;
import cn.kunming.kjj.carrier.authority.AuthorityReadingService;
import cn.kunming.kjj.carrier.authority.FieldLinkService;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.publicity.ConsultationService;
import cn.kunming.kjj.carrier.publicity.ConsultationSheet;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * An industry authority's home (行业主管部门, decision 0030): the fields the bureau consults it on, and what waits for
 * it — opinions on notices before the bureau's document (P4.5) and remarks on yearly reports before their evaluation
 * (M5.1).
 */
@Route("authority")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@RolesAllowed(Roles.INDUSTRY_AUTHORITY)
class AuthorityHomeView extends RoleHomeView {

    final UnorderedList opinionsDue = new UnorderedList();
    final UnorderedList remarksDue = new UnorderedList();

    AuthorityHomeView(CurrentUser currentUser, FieldLinkService links, AuthorityReadingService reading,
                      ConsultationService consultations, EvaluationRemarkService remarks) {
        super(currentUser.require(), "home.duties.authority");
        List<String> fields = links.myFields();
        List<ConsultationSheet> opinions = consultations.mine().stream().filter(ConsultationSheet::answerable).toList();
        List<AuthorityReport> reports = remarks.reports().stream().filter(AuthorityReport::awaitsRemark).toList();
        figure("home.figure.opinionsDue", opinions.size());
        figure("home.figure.remarksDue", reports.size());
        figure("home.figure.fieldDossiers", reading.dossiers().size());
        figure("home.figure.fieldCarriers", reading.carriers().size());
        add(new Paragraph(fields.isEmpty() ? getTranslation("authority.noFields")
                : getTranslation("authority.myFields", String.join("、", fields))));
        opinions.forEach(s -> opinionsDue.add(new ListItem(new Anchor("authority/consultation/" + s.notice().id(),
                getTranslation("authority.opinionDue", s.callTitle(), Formats.date(s.notice().endsOn()))))));
        if (opinions.isEmpty()) {
            opinionsDue.add(new ListItem(getTranslation("list.empty")));
        }
        reports.forEach(r -> remarksDue.add(new ListItem(new Anchor("authority/report/" + r.report().id(),
                getTranslation("authority.remarkDue", r.report().carrierName(), r.report().year())))));
        if (reports.isEmpty()) {
            remarksDue.add(new ListItem(getTranslation("list.empty")));
        }
        add(new H3(getTranslation("authority.opinionsDue")), opinionsDue,
                new H3(getTranslation("authority.remarksDue")), remarksDue);
    }
}
