package cn.kunming.kjj.carrier.support;

import cn.kunming.kjj.carrier.common.UploadedFile;
import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.common.DossierId;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.fail;

/**
 * Arguments for calling any service method by reflection, as the generated matrices do (isolation, malformed input):
 * the id of the other party's record each id parameter names, and plain values for the rest.
 */
public final class ServiceArguments {

    /** The typed id each id parameter's name calls for. */
    private static final Map<String, String> TYPED = Map.of("dossierId", "DossierId", "carrierId", "CarrierId",
            "reportId", "ReportId", "unitId", "UnitId", "accountId", "AccountId", "callId", "CallId",
            "noticeId", "NoticeId", "expertId", "ExpertId");
    private static final Map<String, String> ID_OF = Map.of("DossierService", "DossierId", "HostUnitService", "UnitId",
            "AnnualReportService", "ReportId", "CallService", "CallId", "PublicNoticeService", "NoticeId",
            "ExpertService", "ExpertId", "MajorChangeService", "-", "NotificationService", "-");

    private ServiceArguments() {
    }

    /** The id a parameter names, or null when the parameter is no id; fails for an id not classified here. */
    public static Long idFor(Class<?> service, Method method, Parameter p, ForeignData.Owned o) {
        if (p.getType() != long.class && p.getType() != Long.class && !isTypedId(p.getType())) {
            return null;
        }
        if (isTypedId(p.getType())) {
            String names = p.getName().equals("id") ? ID_OF.get(service.getSimpleName()) : TYPED.get(p.getName());
            if (!p.getType().getSimpleName().equals(names)) {
                fail(service.getSimpleName() + "." + method.getName() + "(" + p.getType().getSimpleName() + " "
                        + p.getName() + "): the name says " + names);
            }
        }
        boolean withAttachment = Arrays.stream(method.getParameters()).anyMatch(x -> x.getName().equals("attachmentId"));
        return switch (p.getName()) {
            case "dossierId" -> withAttachment ? o.draft() : o.dossier();
            case "attachmentId" -> o.attachment();
            case "carrierId" -> o.carrier();
            case "reportId" -> o.report();
            case "fileId" -> o.reportFile();
            case "unitId" -> o.unit();
            case "disqualificationId" -> o.disqualification();
            case "checkId" -> o.check();
            case "accountId" -> o.account();
            case "assignmentId" -> o.assignment();
            case "callId" -> o.call();
            case "noticeId" -> o.notice();
            case "expertId" -> o.expert();
            case "objectionId", "alertId" -> 1L;
            // an authority's expert nomination and the bureau's link of a field to an authority (decision 0030): no
            // tenant owns either; IsolationMatrixTest and ExpertNominationTest show an authority reaches only its own
            case "nominationId", "linkId" -> 1L;
            case "id" -> switch (service.getSimpleName()) {
                case "DossierService" -> o.dossier();
                case "MajorChangeService" -> o.change();
                case "HostUnitService" -> o.unit();
                case "AnnualReportService" -> o.report();
                case "NotificationService" -> o.notification();
                case "CallService" -> o.call();
                case "PublicNoticeService" -> o.notice();
                case "ExpertService" -> o.expert();
                default -> fail(service.getSimpleName() + "." + method.getName() + "(id): classify what its id names");
            };
            default -> {
                if (p.getName().endsWith("Id")) {
                    yield fail(service.getSimpleName() + "." + method.getName() + "(" + p.getName()
                            + "): classify what this id names in IsolationMatrixTest");
                }
                yield null;
            }
        };
    }

    /**
     * The ids a list parameter of selected records names (issue 25: bulk actions, exports of the selected rows): the
     * other party's record, as the list's typed element; null when the parameter is no such list. A list of ids not
     * classified here fails, so that a new bulk method cannot skip the matrices.
     */
    public static List<Object> idsFor(Class<?> service, Method method, Parameter p, ForeignData.Owned o, long missing) {
        if (p.getType() != List.class && p.getType() != Collection.class || !p.getName().endsWith("Ids")) {
            return null;
        }
        return switch (p.getName()) {
            case "dossierIds" -> List.of(DossierId.of(missing < 0 ? o.dossier() : missing));
            case "carrierIds" -> List.of(CarrierId.of(missing < 0 ? o.carrier() : missing));
            default -> fail(service.getSimpleName() + "." + method.getName() + "(" + p.getName()
                    + "): classify what these ids name in ServiceArguments.idsFor");
        };
    }

    /** A typed id of the commons (DossierId, ExpertId, …): a record of one number with a factory {@code of(long)}. */
    public static boolean isTypedId(Class<?> type) {
        return cn.kunming.kjj.carrier.common.TypedId.class.isAssignableFrom(type);
    }

    /** The number as the parameter takes it: bare, or wrapped in its typed id. */
    public static Object as(Class<?> type, long id) {
        if (!isTypedId(type)) {
            return id;
        }
        try {
            return type.getMethod("of", long.class).invoke(null, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " has no of(long)", e);
        }
    }

    /** Plain values for the parameters that are not ids: enough for a method to reach its scope check. */
    public static Object plain(Class<?> type) {
        return of(type, 0);
    }

    private static Object of(Class<?> type, int depth) {
        if (type == long.class || type == Long.class) {
            return 0L;
        }
        if (type == int.class || type == Integer.class) {
            return 0;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "矩阵";
        }
        if (type == byte[].class) {
            return SampleFiles.pdf();
        }
        if (type == UploadedFile.class) {
            return SampleFiles.upload("矩阵.pdf", SampleFiles.pdf());
        }
        if (type == java.nio.file.Path.class) {
            // where an uploaded file lies, when a matrix builds one with a bad name around it
            return SampleFiles.upload("矩阵.pdf", SampleFiles.pdf()).path();
        }
        if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2027, 1, 15);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.of(2027, 1, 15, 10, 0);
        }
        if (type == OutputStream.class) {
            return new ByteArrayOutputStream();
        }
        if (type == List.class || type == Collection.class) {
            return List.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        try {
            // a filter's "no filter at all" shows the most rows, so the most chances to leak
            Method none = type.getMethod("none");
            if (Modifier.isStatic(none.getModifiers()) && none.getReturnType() == type) {
                return none.invoke(null);
            }
        } catch (ReflectiveOperationException noSuchFactory) {
            // build it from plain values below
        }
        if (type.isRecord() && depth < 3) {
            RecordComponent[] parts = type.getRecordComponents();
            Object[] values = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = of(parts[i].getType(), depth + 1);
            }
            try {
                return type.getDeclaredConstructor(Arrays.stream(parts).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new)).newInstance(values);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
