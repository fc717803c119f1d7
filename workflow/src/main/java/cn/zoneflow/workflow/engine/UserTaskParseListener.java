package cn.zoneflow.workflow.engine;

import cn.zoneflow.workflow.task.OpenTaskIndex;
import cn.zoneflow.workflow.task.TaskMessages;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Hands every user task of every deployed process to the open-task index and to the users' messages, after the
 * listeners its BPMN declares: no process file has to remember them, and none can forget them.
 */
class UserTaskParseListener extends AbstractBpmnParseListener {

    private final OpenTaskIndex index;
    private final TaskMessages messages;

    UserTaskParseListener(OpenTaskIndex index, TaskMessages messages) {
        this.index = index;
        this.messages = messages;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        OpenTaskIndex.EVENTS.forEach(event -> definition.addTaskListener(event, index));
        TaskMessages.EVENTS.forEach(event -> definition.addTaskListener(event, messages));
    }
}
