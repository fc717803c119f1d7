/**
 * Value objects and rules shared by every aggregate: amounts in 万元, the project stages and the
 * validation failure that names the field a user got wrong.
 */
package cn.zoneflow.domain.model.shared;
