/**
 * The signed-in user's own account: replacing their password — at the first sign-in with a temporary one, which
 * nothing else may be done before, or whenever they choose.
 */
package cn.zoneflow.web.account;
