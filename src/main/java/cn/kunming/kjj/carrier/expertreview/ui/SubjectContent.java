package cn.kunming.kjj.carrier.expertreview.ui;

import cn.kunming.kjj.carrier.expertreview.SubjectType;
import com.vaadin.flow.component.Component;

import java.util.List;

/**
 * Implemented by each feature whose records experts review: what the expert reads once it declared no conflict. The
 * feature's service checks the expert's right to it ({@code ExpertWork.contentAccess}) before it returns anything.
 */
public interface SubjectContent {

    SubjectType type();

    /** The subject's content, read beside the score sheet. */
    Component content(long subjectId);

    /** What the expert reads under its score sheet, such as the rules' verdict on a dossier. */
    default List<Component> besideSheet(long subjectId) {
        return List.of();
    }
}
