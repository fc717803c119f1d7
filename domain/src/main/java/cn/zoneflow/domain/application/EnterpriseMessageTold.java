package cn.zoneflow.domain.application;

/** An enterprise was told of a change; once the change is on disk the message is mailed. */
public record EnterpriseMessageTold(long messageId) {
}
