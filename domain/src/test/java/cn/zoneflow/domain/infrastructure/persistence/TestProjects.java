package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.activity.Activity;
import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.project.Industry;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.project.ProjectFacts;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Projects for persistence tests, each with an enterprise of its own, built as a test describes them. */
final class TestProjects {

    private final int serial;
    private final Zone zone;
    private String industry = "NEW_ENERGY";
    private Amount investment = Amount.ofYi("1");
    private Amount expectedOutput = Amount.ofYi("1");
    private boolean strategicEmerging;
    private boolean industrial = true;
    private LocalDate signedOn = LocalDate.of(2024, 1, 10);
    private LocalDate reservedOn;
    private final Map<Stage, LocalDate> moves = new LinkedHashMap<>();
    private LocalDate plannedStart;
    private LocalDate plannedProduction;

    private TestProjects(int serial, Zone zone) {
        this.serial = serial;
        this.zone = zone;
    }

    /** A project numbered {@code serial} (unique within the test) in the zone, signed, 1亿, industrial. */
    static TestProjects project(int serial, Zone zone) {
        return new TestProjects(serial, zone);
    }

    static Zone zone(EntityManager em, String name) {
        return em.createQuery("select z from Zone z where z.name = :name", Zone.class).setParameter("name", name)
                .getSingleResult();
    }

    static Activity activity(EntityManager em, String name, LocalDate heldOn) {
        Activity activity = new Activity(name, heldOn, null);
        em.persist(activity);
        return activity;
    }

    TestProjects industry(String code) {
        this.industry = code;
        return this;
    }

    TestProjects investment(Amount amount) {
        this.investment = amount;
        return this;
    }

    TestProjects expectedOutput(Amount amount) {
        this.expectedOutput = amount;
        return this;
    }

    TestProjects strategicEmerging() {
        this.strategicEmerging = true;
        return this;
    }

    TestProjects infrastructure() {
        this.industrial = false;
        return this;
    }

    TestProjects signedOn(LocalDate day) {
        this.signedOn = day;
        return this;
    }

    TestProjects planned(LocalDate start, LocalDate production) {
        this.plannedStart = start;
        this.plannedProduction = production;
        return this;
    }

    /** Registers the project in reserve on that day instead of signed; a stage reached later signs it. */
    TestProjects reservedOn(LocalDate day) {
        this.reservedOn = day;
        return this;
    }

    /** Moves the project on to the stage on that day; call in stage order. */
    TestProjects reached(Stage stage, LocalDate day) {
        moves.put(stage, day);
        return this;
    }

    Project persist(EntityManager em) {
        Enterprise enterprise = new Enterprise("测试企业" + serial,
                CreditCode.completing("91" + zone.city().divisionCode() + String.format("MA%07d", serial)), null, null);
        em.persist(enterprise);
        ProjectFacts facts = new ProjectFacts(
                ProjectCode.of(String.format("2024-%s-44-01-%06d", zone.city().divisionCode(), serial)),
                "测试项目" + serial, enterprise, zone, em.find(Industry.class, industry), strategicEmerging, industrial,
                investment, expectedOutput, plannedStart, plannedProduction);
        Project project = reservedOn == null ? Project.signed(facts, signedOn, "test")
                : Project.reserved(facts, reservedOn);
        moves.forEach((stage, day) -> project.advanceTo(stage, day, "test", null, null));
        em.persist(project);
        return project;
    }
}
