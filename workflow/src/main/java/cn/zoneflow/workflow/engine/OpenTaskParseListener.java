package cn.zoneflow.workflow.engine;

import cn.zoneflow.workflow.task.OpenTaskIndex;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Hands every user task of every deployed process to the open-task index, after the listeners its BPMN declares:
 * no process file has to remember it, and none can forget it.
 */
class OpenTaskParseListener extends AbstractBpmnParseListener {

    private final OpenTaskIndex index;

    OpenTaskParseListener(OpenTaskIndex index) {
        this.index = index;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        OpenTaskIndex.EVENTS.forEach(event -> definition.addTaskListener(event, index));
    }
}
