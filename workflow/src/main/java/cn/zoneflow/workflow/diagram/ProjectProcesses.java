package cn.zoneflow.workflow.diagram;

import cn.zoneflow.domain.model.procedure.Procedure;
import cn.zoneflow.domain.model.procedure.ProcedureRepository;
import cn.zoneflow.processes.ProcedureHandling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * The processes a project has gone through, from the engine's history (the business key of each is the project's
 * code), and where one of them stands. An instance id belongs to a project only if its business key says so: a
 * caller who may see the project does not thereby see another project's process by guessing its id.
 */
@ApplicationScoped
@Transactional
public class ProjectProcesses {

    /** Multi-instance bodies and similar engine scopes carry a '#' in their id; they are not drawn. */
    private static final String ENGINE_SCOPE_MARK = "#";

    @Inject
    private HistoryService historyService;

    @Inject
    private RepositoryService repositoryService;

    @Inject
    private ProcedureRepository procedures;

    /** The project's processes, the earliest started first. */
    public List<ProcessTrack> tracksOf(String projectCode) {
        List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(projectCode).orderByProcessInstanceStartTime().asc().list();
        Map<String, String> procedureNames = procedureNamesOf(instances);
        return instances.stream()
                .map(instance -> new ProcessTrack(instance.getId(), instance.getProcessDefinitionKey(),
                        processName(instance), procedureNames.get(instance.getId()),
                        instance.getStartTime().toInstant(),
                        instance.getEndTime() == null ? null : instance.getEndTime().toInstant()))
                .toList();
    }

    /** Where the given process of the project stands; empty when the project has no such process. */
    public Optional<ProcessDiagram> diagram(String projectCode, String instanceId) {
        return tracksOf(projectCode).stream()
                .filter(track -> track.instanceId().equals(instanceId))
                .findFirst()
                .map(this::diagramOf);
    }

    /** The BPMN the given process of the project runs on, as deployed; empty when the project has no such process. */
    public Optional<String> bpmnOf(String projectCode, String instanceId) {
        return Optional.ofNullable(historyService.createHistoricProcessInstanceQuery()
                        .processInstanceId(instanceId).processInstanceBusinessKey(projectCode).singleResult())
                .map(instance -> read(repositoryService.getProcessModel(instance.getProcessDefinitionId())));
    }

    /** Where one of the tracks {@link #tracksOf} gave stands now. */
    public ProcessDiagram diagramOf(ProcessTrack track) {
        List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(track.instanceId()).orderByHistoricActivityInstanceStartTime().asc().list()
                .stream().filter(activity -> !activity.getActivityId().contains(ENGINE_SCOPE_MARK)).toList();
        List<ProcessDiagram.Step> current = activities.stream()
                .filter(activity -> activity.getEndTime() == null)
                .map(activity -> new ProcessDiagram.Step(activity.getActivityId(), activity.getActivityName(),
                        activity.getStartTime().toInstant()))
                .toList();
        Set<String> passed = activities.stream()
                .filter(activity -> activity.getEndTime() != null)
                .map(HistoricActivityInstance::getActivityId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new ProcessDiagram(track, current, passed);
    }

    private String processName(HistoricProcessInstance instance) {
        return instance.getProcessDefinitionName() != null ? instance.getProcessDefinitionName()
                : instance.getProcessDefinitionKey();
    }

    /** The procedure each procedure-handling process handles, by its catalogue name. */
    private Map<String, String> procedureNamesOf(List<HistoricProcessInstance> instances) {
        String[] handling = instances.stream()
                .filter(instance -> ProcedureHandling.PROCESS_KEY.equals(instance.getProcessDefinitionKey()))
                .map(HistoricProcessInstance::getId).toArray(String[]::new);
        if (handling.length == 0) {
            return Map.of();
        }
        Map<String, String> codes = historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(handling).variableName(ProcedureHandling.Variables.PROCEDURE_CODE).list().stream()
                .filter(variable -> variable.getValue() instanceof String)
                .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId,
                        variable -> (String) variable.getValue(), (first, second) -> first));
        Map<String, String> names = procedures.catalogueEntries(codes.values()).stream()
                .collect(Collectors.toMap(Procedure::code, Procedure::name));
        return codes.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> names.getOrDefault(entry.getValue(), entry.getValue())));
    }

    private static String read(InputStream model) {
        try (model) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
