/**
 * The REST API under {@code /api} for integrations and the province's systems: JSON, HTTP Basic, lists paged
 * as {@code {"items", "total", "page", "size"}}, and every refusal as {@code application/problem+json}
 * (RFC 9457) in the caller's language.
 */
package cn.zoneflow.web.api;
