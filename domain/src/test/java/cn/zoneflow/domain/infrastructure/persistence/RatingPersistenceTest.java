package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.model.problem.ProblemActor;
import cn.zoneflow.domain.model.problem.ProblemCategory;
import cn.zoneflow.domain.model.problem.ProblemEntry;
import cn.zoneflow.domain.model.problem.ProblemEntryKind;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.problem.ReturnVisit;
import cn.zoneflow.domain.model.problem.ReturnVisitWay;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.rating.RatingBoard;
import cn.zoneflow.domain.model.rating.RatingFigures;
import cn.zoneflow.domain.model.rating.RatingLevel;
import cn.zoneflow.domain.model.rating.RatingPlace;
import cn.zoneflow.domain.model.rating.RatingScores;
import cn.zoneflow.domain.model.rating.ServiceRating;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 好差评 kept and counted: of a zone's ratings in a period how many were satisfied, how many 差评, how many of those
 * rectified and how many visited back (however often); another city's and another period's ratings left out.
 */
class RatingPersistenceTest {

    private static final LocalDateTime RATED = LocalDateTime.of(2026, 11, 20, 10, 0);
    private static final ProblemActor ENTERPRISE = new ProblemActor("wang.test", "王经理", Role.ENTERPRISE);
    private static final ProblemActor OFFICER = new ProblemActor("officer.test", "代办员", Role.OFFICER);

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_rating_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aZonesRatingsAreCountedSatisfiedBadRectifiedAndVisitedBack(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long projectId = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Zone jinzhong = TestProjects.zone(em, "晋中开发区");
                Project project = TestProjects.project(1, jinzhong).persist(em);
                Project elsewhere = TestProjects.project(2, TestProjects.zone(em, "朔州经济开发区")).persist(em);
                JpaRatingRepository ratings = new JpaRatingRepository(em);
                ratings.add(rating(project, RatingLevel.VERY_SATISFIED, RATED));
                ratings.add(rating(project, RatingLevel.FAIRLY_SATISFIED, RATED.plusDays(1)));
                ratings.add(rating(elsewhere, RatingLevel.SATISFIED, RATED));
                ratings.add(rating(project, RatingLevel.SATISFIED, RATED.minusMonths(2)));
                ProblemCategory rectification = em.find(ProblemCategory.class, ProblemCategory.RECTIFICATION);
                for (boolean solved : List.of(true, false)) {
                    ServiceRating bad = rating(project, RatingLevel.DISSATISFIED, RATED.plusDays(2));
                    ProjectProblem problem = new ProjectProblem(project, rectification, "差评整改", ENTERPRISE,
                            RATED.plusDays(2));
                    em.persist(problem);
                    if (solved) {
                        problem.accept("营商环境办", LocalDate.of(2026, 12, 15), false, OFFICER, RATED.plusDays(3));
                        problem.answer("已整改", OFFICER, RATED.plusDays(4));
                        problem.confirmSolved(ENTERPRISE, RATED.plusDays(5), 3);
                        for (int visit = 3; visit <= 6; visit += 3) {
                            problem.recordReturnVisit(new ReturnVisit(RATED.plusDays(visit).toLocalDate(),
                                    ReturnVisitWay.PHONE, "王经理"), "属实，已改为专人对接", OFFICER, RATED.plusDays(visit));
                        }
                    }
                    bad.rectifiedThrough(problem);
                    ratings.add(bad);
                }
                em.getTransaction().commit();
                return project.id();
            });

            List<RatingPlace> jinzhong = TestDatabases.read(factory, em -> new JpaRatingRepository(em)
                    .byZone(Scope.ofCity("140700"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
            assertThat(jinzhong).containsExactly(new RatingPlace("晋中", "晋中开发区", new RatingFigures(4, 2, 2, 1, 1)));
            RatingBoard province = RatingBoard.of(TestDatabases.read(factory, em -> new JpaRatingRepository(em)
                    .byZone(Scope.PROVINCE, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))));
            assertThat(province.places()).extracting(RatingPlace::zone).containsExactly("朔州经济开发区", "晋中开发区");
            assertThat(province.total()).isEqualTo(new RatingFigures(5, 3, 2, 1, 1));
            List<RatingPlace> none = TestDatabases.read(factory, em -> new JpaRatingRepository(em)
                    .byZone(Scope.PROVINCE, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
            assertThat(none).isEmpty();
            assertThat(RatingBoard.of(none).total()).isEqualTo(RatingFigures.NONE);
            List<ServiceRating> ofProject = TestDatabases.read(factory,
                    em -> new JpaRatingRepository(em).ofProject(projectId));
            assertThat(ofProject).hasSize(5);
            assertThat(ofProject.get(0).isBad()).as("the latest first").isTrue();
            List<ProblemEntry> entries = TestDatabases.read(factory, em -> new JpaRatingRepository(em)
                    .ofProject(projectId).stream().flatMap(rating -> rating.rectification().stream())
                    .flatMap(problem -> problem.entries().stream()).toList());
            assertThat(entries).filteredOn(entry -> entry.kind() == ProblemEntryKind.RETURN_VISIT)
                    .extracting(entry -> entry.returnVisit().orElseThrow().visitedOn(),
                            entry -> entry.returnVisit().orElseThrow().way(),
                            entry -> entry.returnVisit().orElseThrow().visited(), ProblemEntry::text)
                    .containsExactly(tuple(LocalDate.of(2026, 11, 23), ReturnVisitWay.PHONE, "王经理", "属实，已改为专人对接"),
                            tuple(LocalDate.of(2026, 11, 26), ReturnVisitWay.PHONE, "王经理", "属实，已改为专人对接"));
            assertThat(entries).filteredOn(entry -> entry.kind() != ProblemEntryKind.RETURN_VISIT)
                    .allSatisfy(entry -> assertThat(entry.returnVisit()).isEmpty());
        }
    }

    private static ServiceRating rating(Project project, RatingLevel overall, LocalDateTime at) {
        return new ServiceRating(project, null, new RatingScores(overall, overall, overall, overall, overall),
                "评价", "wang.test", at);
    }
}
