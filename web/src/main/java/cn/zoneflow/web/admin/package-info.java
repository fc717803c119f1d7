/**
 * The administrators' screens. The security administrator (安全管理员) manages accounts — who may sign in, with
 * which role and scope — and nothing else; the other administrators never see these pages.
 */
package cn.zoneflow.web.admin;
