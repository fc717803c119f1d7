/**
 * People's accounts as the screens meet them: the signed-in user replacing their password — at the first sign-in
 * with a temporary one, which nothing else may be done before, or whenever they choose — and the zone's staff a
 * form offers to choose from.
 */
package cn.zoneflow.web.account;
