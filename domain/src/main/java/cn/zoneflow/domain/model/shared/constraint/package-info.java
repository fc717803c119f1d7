/**
 * The field rules of ZoneFlow's commands as Bean Validation constraints — required, plain text of a bounded
 * length, a plausible date — and {@link cn.zoneflow.domain.model.shared.constraint.CommandCheck}, which turns
 * their violations into refusals named after the command's fields.
 */
package cn.zoneflow.domain.model.shared.constraint;
