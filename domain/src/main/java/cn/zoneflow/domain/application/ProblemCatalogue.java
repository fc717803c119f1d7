package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.problem.CategoryTerms;
import cn.zoneflow.domain.model.problem.ProblemCategory;
import cn.zoneflow.domain.model.problem.ProblemRepository;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.constraint.CommandCheck;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

/**
 * The catalogue of problem categories, kept by the system administrator: each category's name and the working days a
 * problem of it gets when its zone sets no deadline. A change counts for problems accepted after it.
 */
@ApplicationScoped
@Transactional
public class ProblemCatalogue {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

    @Inject
    private ProblemRepository problems;

    @Inject
    private AuditTrail audit;

    public List<ProblemCategory> categories(UserAccount actor) {
        RoleRequiredException.check(actor, Role.ADMIN);
        return problems.categories();
    }

    /**
     * @throws NoSuchElementException when there is no category of that code
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming each wrong field; nothing is written
     */
    public ProblemCategory change(UserAccount actor, String code, ReadCommand<CategoryTerms> input) {
        RoleRequiredException.check(actor, Role.ADMIN);
        ProblemCategory category = problems.category(code).orElseThrow();
        CategoryTerms terms = checked(input, new Refusals(input.unreadable()));
        category.change(terms.name(), terms.workingDays());
        audited(category);
        return category;
    }

    /**
     * A new category, listed last.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming each wrong field, a code taken or not
     *     written as codes are among them; nothing is written
     */
    public ProblemCategory add(UserAccount actor, ReadCommand<CategoryTerms> input) {
        RoleRequiredException.check(actor, Role.ADMIN);
        String code = input.command().code();
        Refusals refusals = new Refusals(input.unreadable());
        if (code == null) {
            refusals.reject(CategoryTerms.CODE, "field.required", "");
        } else if (!CODE.matcher(code).matches()) {
            refusals.reject(CategoryTerms.CODE, "problemCategory.code.invalid", code);
        } else if (problems.category(code).isPresent()) {
            refusals.reject(CategoryTerms.CODE, "problemCategory.code.taken", code);
        }
        CategoryTerms terms = checked(input, refusals);
        int last = problems.categories().stream().mapToInt(ProblemCategory::sortOrder).max().orElse(0);
        ProblemCategory category = new ProblemCategory(code, terms.name(), terms.workingDays(), last + 1);
        problems.addCategory(category);
        audited(category);
        return category;
    }

    private static CategoryTerms checked(ReadCommand<CategoryTerms> input, Refusals refusals) {
        CategoryTerms terms = input.command();
        CommandCheck.check(terms, refusals);
        if (terms.workingDays() != null
                && (terms.workingDays() < 1 || terms.workingDays() > ProblemCategory.MOST_WORKING_DAYS)) {
            refusals.rejectUnlessRefused(CategoryTerms.WORKING_DAYS, "problemCategory.workingDays.range",
                    terms.workingDays().toString());
        }
        refusals.finish();
        return terms;
    }

    private void audited(ProblemCategory category) {
        audit.record(AuditEvent.success(AuditAction.PROBLEM_CATEGORY_CHANGED, "problemCategory", category.code())
                .withDetail(category.name() + " · " + category.workingDays()));
    }
}
