package cn.zoneflow.workflow.task;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every kind of human step, found in its home: the inbox asks it for a step's page, the task API for its fields,
 * {@link TaskCompletion} for the home that completes it and {@link StepDeadlines} for its limit.
 */
@ApplicationScoped
public class StepHomes {

    @Inject
    @Any
    private Instance<StepHome> homes;

    /** Every kind of step by its task key, in the order a project meets them. */
    private Map<String, StepHome> homeByStep;
    private Map<String, StepForm> formByStep;
    private Set<String> withWorkingDays;

    @PostConstruct
    void findHomes() {
        homeByStep = new LinkedHashMap<>();
        formByStep = new LinkedHashMap<>();
        homes.stream().sorted(Comparator.comparingInt(home -> home.steps().orderInProject()))
                .forEach(home -> home.steps().forms().forEach(form -> {
                    if (homeByStep.put(form.taskKey(), home) != null) {
                        throw new IllegalStateException("two homes for the step " + form.taskKey());
                    }
                    formByStep.put(form.taskKey(), form);
                }));
        withWorkingDays = formByStep.values().stream().filter(form -> form.workingDays().isPresent())
                .map(StepForm::taskKey).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<StepHome> homeOf(String step) {
        return Optional.ofNullable(homeByStep.get(step));
    }

    /** The fields the step takes; none for a step ZoneFlow does not know. */
    public List<StepForm.Field> fieldsOf(String step) {
        return form(step).map(StepForm::fields).orElse(List.of());
    }

    /** The page that works on the step. */
    public Optional<String> pageOf(String step) {
        return form(step).map(StepForm::page);
    }

    /** The working days the step's rule gives it from the day it begins; none where no such rule applies. */
    public OptionalInt workingDaysOf(String step) {
        return form(step).map(StepForm::workingDays).orElse(OptionalInt.empty());
    }

    /** The steps whose rule counts working days from the day they begin. */
    public Set<String> withWorkingDays() {
        return withWorkingDays;
    }

    /** The task keys of every kind of step, in the order a project meets them. */
    public List<String> steps() {
        return List.copyOf(formByStep.keySet());
    }

    private Optional<StepForm> form(String step) {
        return Optional.ofNullable(formByStep.get(step));
    }
}
