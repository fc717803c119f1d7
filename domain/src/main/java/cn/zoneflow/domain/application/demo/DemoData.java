package cn.zoneflow.domain.application.demo;

import cn.zoneflow.domain.application.InstallationEvents;
import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.department.DepartmentRepository;
import cn.zoneflow.domain.model.activity.Activity;
import cn.zoneflow.domain.model.activity.ActivityRepository;
import cn.zoneflow.domain.model.annualtarget.TargetRepository;
import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.enterprise.EnterpriseRepository;
import cn.zoneflow.domain.model.land.LandParcel;
import cn.zoneflow.domain.model.land.LandParcelRepository;
import cn.zoneflow.domain.model.land.RegionalAssessment;
import cn.zoneflow.domain.model.plan.PlanVersionRepository;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.project.ProjectFacts;
import cn.zoneflow.domain.model.project.ProjectReforms;
import cn.zoneflow.domain.model.project.ProjectRegistered;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.PasswordHashing;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Loads the demonstration data into an empty installation, once: the demo users (password
 * {@value #DEMO_PASSWORD}), the demo projects with their stage history and the "三个一批" activities they were
 * presented in. Each project is announced as
 * {@link ProjectRegistered}, so its workflow starts exactly as for a real one.
 */
@ApplicationScoped
public class DemoData {

    public static final String DEMO_PASSWORD = "Demo#2026";
    static final String LOADED = "demo-data-loaded";
    /** The demo's leader in charge (包联领导) of 晋中市, and how many of its zone's projects they lead. */
    public static final String LEADER = "leader.jinzhong";
    private static final int LED_PROJECTS = 3;
    /** The demo's enterprise on the portal: the enterprise of 晋中's first project under 全代办. */
    public static final String ENTERPRISE = "enterprise.demo";
    /** The demo's issuing department that answers its procedures itself (部门联动审批): 朔州's 自然资源部门. */
    public static final String DEPARTMENT = "department.shuozhou";
    static final String DEPARTMENT_KIND = "自然资源部门";
    /**
     * The demo's zone office that took a power over from its city (承接赋权): 朔州经济开发区经济发展局 decides the zone's
     * 发展和改革部门 procedures (企业投资项目备案, 节能审查), which no office of 朔州市 answers in ZoneFlow.
     */
    public static final String ZONE_DEPARTMENT = "department.shuozhou-zone";
    static final String ZONE_DEPARTMENT_KIND = "发展和改革部门";
    private static final BigDecimal PARCEL_INVESTMENT_PER_MU = new BigDecimal("350");
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    private ZoneRepository zones;

    @Inject
    private DepartmentRepository departments;

    @Inject
    private ProjectRepository projects;

    @Inject
    private UserAccountRepository users;

    @Inject
    private InstallationEvents installation;

    @Inject
    private PasswordHashing passwordHashing;

    @Inject
    private Event<ProjectRegistered> registered;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private ActivityRepository activities;

    @Inject
    private LandParcelRepository parcels;

    @Inject
    private PlanVersionRepository planVersions;

    @Inject
    private TargetRepository targets;

    /**
     * What the database holds, demonstration or real work, against what the installation wants.
     *
     * @throws cn.zoneflow.domain.infrastructure.persistence.MisconfigurationException when they differ
     */
    @Transactional
    public void checkSeparation(boolean demoWanted) {
        new DemoSeparation(demoWanted, installation.happened(LOADED), projects.countDemo(), users.countDemo(),
                projects.countReal()).check();
    }

    /** @return whether data was loaded now (false when an earlier start already did) */
    @Transactional
    public boolean loadOnce(LocalDate today) {
        if (installation.happened(LOADED)) {
            return false;
        }
        Map<String, Zone> zoneByName = zones.zones().stream().collect(Collectors.toMap(Zone::name, Function.identity()));
        addUsers(zoneByName);
        List<DemoProject> demoProjects = new DemoProjectCatalogue(today, zoneByName.values().stream()
                .collect(Collectors.toMap(Zone::name, zone -> zone.city().divisionCode()))).projects();
        Map<String, Enterprise> enterpriseByName = new HashMap<>();
        Map<DemoProject, Project> loaded = new LinkedHashMap<>();
        for (DemoProject demo : demoProjects) {
            Enterprise enterprise = enterpriseByName.computeIfAbsent(demo.enterpriseName(), name -> {
                Enterprise created = new Enterprise(name, CreditCode.of(demo.creditCode()),
                        DemoProjectCatalogue.contactPerson(enterpriseByName.size()),
                        String.format("0354-%07d", 3_000_000 + enterpriseByName.size())).markedAsDemo();
                enterprises.add(created);
                return created;
            });
            Project project = project(demo, enterprise, zoneByName.get(demo.zoneName()), today);
            if (project.reforms().landParcelCode() != null) {
                parcels.add(parcelOf(project));
            }
            projects.add(project);
            projects.flush();
            registered.fire(ProjectRegistered.of(project));
            loaded.put(demo, project);
        }
        addActivities(loaded);
        putLeaderInCharge(loaded.values());
        giveEnterpriseAnAccount(loaded.values());
        DemoPlans plans = new DemoPlans(planVersions, targets);
        plans.plan(loaded.values(), today);
        plans.setTargets(loaded.values(), today);
        installation.record(LOADED);
        LOG.info(() -> "Demo data loaded: " + demoProjects.size() + " projects, password of every demo user "
                + DEMO_PASSWORD);
        return true;
    }

    private Project project(DemoProject demo, Enterprise enterprise, Zone zone, LocalDate today) {
        ProjectFacts facts = new ProjectFacts(ProjectCode.of(demo.code()), demo.name(), enterprise, zone,
                projects.industry(demo.industryCode()).orElseThrow(), demo.strategicEmerging(), demo.industrial(),
                demo.totalInvestment(), demo.expectedAnnualOutput(), demo.plannedStartDate(),
                demo.plannedProductionDate());
        Project project = Project.signed(facts, demo.reached().get(Stage.SIGNED), "demo").markedAsDemo();
        for (Stage stage : List.of(Stage.STARTED, Stage.PRODUCING, Stage.EFFECTIVE)) {
            LocalDate on = demo.reached().get(stage);
            if (on != null) {
                project.advanceTo(stage, on, "demo", "演示数据", null);
            }
        }
        recordProgress(project, demo.reached(), today);
        project.runUnder(reformsOf(demo));
        return project;
    }

    /**
     * Half the demo projects still at 签约 are entrusted to their zone (全代办), so their agency runs; of those, every
     * second one stands on standard land and every third runs under 承诺制. Half the producing ones stand on
     * standard land too, so that their 达效 evaluation has standards to meet.
     */
    static ProjectReforms reformsOf(DemoProject demo) {
        int serial = Integer.parseInt(demo.code().substring(demo.code().length() - 6));
        String parcel = String.format("标准地-%s-%06d", demo.zoneName(), serial);
        if (serial % 2 != 0) {
            return ProjectReforms.NONE;
        }
        if (demo.reached().containsKey(Stage.PRODUCING) && !demo.reached().containsKey(Stage.EFFECTIVE)) {
            return new ProjectReforms(false, false, parcel);
        }
        if (demo.reached().keySet().stream().anyMatch(stage -> stage != Stage.SIGNED)) {
            return ProjectReforms.NONE;
        }
        return new ProjectReforms(serial % 3 == 0, true, serial % 4 == 0 ? parcel : null);
    }

    /**
     * The parcel a demo project stands on, sold with every regional assessment done and with standards the
     * project's own figures can reach: 350 万元 of investment per mu, output per mu a little under what it expects.
     */
    static LandParcel parcelOf(Project project) {
        BigDecimal area = project.totalInvestment().wan().divide(PARCEL_INVESTMENT_PER_MU, 2, RoundingMode.HALF_UP)
                .max(BigDecimal.ONE);
        BigDecimal outputPerMu = project.expectedAnnualOutput().wan().multiply(new BigDecimal("0.9"))
                .divide(area, 2, RoundingMode.DOWN).max(BigDecimal.ONE);
        BigDecimal taxPerMu = outputPerMu.multiply(new BigDecimal("0.04")).setScale(2, RoundingMode.DOWN)
                .max(BigDecimal.ONE);
        return new LandParcel(project.reforms().landParcelCode(), project.zone(), area,
                project.reached(Stage.SIGNED).orElseThrow().minusMonths(1), new BigDecimal("300"), outputPerMu,
                taxPerMu, new BigDecimal("0.35"), EnumSet.allOf(RegionalAssessment.class));
    }

    /**
     * Monthly completed investment from the month construction started: spread evenly over the months until
     * production (or today), reaching 35 % of the total by then, or all of it once producing.
     */
    private static void recordProgress(Project project, Map<Stage, LocalDate> reached, LocalDate today) {
        LocalDate started = reached.get(Stage.STARTED);
        if (started == null) {
            return;
        }
        LocalDate producing = reached.get(Stage.PRODUCING);
        YearMonth first = YearMonth.from(started);
        YearMonth last = YearMonth.from(producing != null ? producing : today);
        long months = first.until(last, ChronoUnit.MONTHS) + 1;
        BigDecimal share = producing != null ? BigDecimal.ONE : new BigDecimal("0.35");
        BigDecimal perMonth = project.totalInvestment().wan().multiply(share)
                .divide(BigDecimal.valueOf(months), 0, RoundingMode.DOWN);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            project.recordProgress(month, Amount.ofWan(perMonth), "demo", YearMonth.from(today));
        }
    }

    /** Each project is presented in the activities after it reached a stage, in that stage's batch. */
    private void addActivities(Map<DemoProject, Project> loaded) {
        LocalDate since = LocalDate.MIN;
        for (DemoActivities.Held held : DemoActivities.HELD) {
            Activity activity = new Activity(held.name(), held.on(), DemoActivities.VENUE).markedAsDemo();
            activities.add(activity);
            LocalDate from = since;
            loaded.forEach((demo, project) -> DemoActivities.batchFor(demo.reached(), from, held.on())
                    .ifPresent(batch -> activity.enrol(project, batch)));
            since = held.on();
        }
    }

    /** 晋中's leader leads the zone's first signed projects, so their page has something to follow. */
    private void putLeaderInCharge(Collection<Project> loaded) {
        UserAccount leader = users.findByUsername(LEADER).orElseThrow();
        loaded.stream()
                .filter(project -> project.zone().name().equals("晋中开发区") && project.stage() != Stage.RESERVE)
                .limit(LED_PROJECTS)
                .forEach(project -> project.assign(null, leader));
    }

    /** 晋中's first project under 全代办 has its enterprise on the portal, so the portal has procedures to show. */
    private void giveEnterpriseAnAccount(Collection<Project> loaded) {
        Enterprise enterprise = loaded.stream()
                .filter(project -> project.zone().name().equals("晋中开发区") && project.reforms().fullAgency())
                .findFirst().orElseThrow().enterprise();
        users.add(UserAccount.ofEnterprise(ENTERPRISE, enterprise.contactPerson(),
                passwordHashing.hash(DEMO_PASSWORD.toCharArray()), enterprise).markedAsDemo());
    }

    private void addUsers(Map<String, Zone> zoneByName) {
        String hash = passwordHashing.hash(DEMO_PASSWORD.toCharArray());
        Zone jinzhong = zoneByName.get("晋中开发区");
        Zone shuozhou = zoneByName.get("朔州经济开发区");
        City jinzhongCity = jinzhong.city();
        List.of(
                UserAccount.inZone("officer.jinzhong", "晋中开发区代办员", hash, Role.OFFICER, jinzhong),
                UserAccount.inZone("manager.jinzhong", "晋中开发区管委会", hash, Role.MANAGER, jinzhong),
                UserAccount.inZone("officer.shuozhou", "朔州经开区代办员", hash, Role.OFFICER, shuozhou),
                UserAccount.inZone("manager.shuozhou", "朔州经开区管委会", hash, Role.MANAGER, shuozhou),
                UserAccount.inCity("supervisor.jinzhong", "晋中市商务局督办", hash, jinzhongCity),
                UserAccount.provinceWide("supervisor.province", "省商务厅督办", hash, Role.SUPERVISOR),
                UserAccount.withScope(LEADER, "晋中市包联领导", hash, Role.LEADER, null, jinzhongCity),
                UserAccount.provinceWide("admin", "系统管理员", hash, Role.ADMIN),
                UserAccount.provinceWide("security", "安全管理员", hash, Role.SECURITY),
                UserAccount.provinceWide("auditor", "安全审计员", hash, Role.AUDITOR),
                UserAccount.ofDepartment(DEPARTMENT, "朔州市自然资源局审批科", hash, linkedDepartment(shuozhou.city())),
                UserAccount.ofDepartment(ZONE_DEPARTMENT, "朔州经开区经济发展局审批窗口", hash,
                        linkedDepartment(new Department(shuozhou, ZONE_DEPARTMENT_KIND, shuozhou.name() + "经济发展局"))))
                .forEach(user -> users.add(user.markedAsDemo()));
    }

    private Department linkedDepartment(City city) {
        return linkedDepartment(new Department(city, DEPARTMENT_KIND, city.fullName() + "自然资源局"));
    }

    private Department linkedDepartment(Department department) {
        departments.add(department);
        return department;
    }
}
