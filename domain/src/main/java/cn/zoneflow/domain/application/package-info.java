/**
 * Application services: the use cases of the domain, each one transaction, with their parameters validated.
 * They are what the workflow, the REST API and the screens call.
 */
package cn.zoneflow.domain.application;
